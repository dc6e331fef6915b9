package org.gongkai.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with a golden file under {@code src/test/resources/golden/}. Run with
 * {@code -Dgolden.update=true} to write the files afresh (then review the diff before committing).
 */
public final class GoldenFiles {

    private GoldenFiles() {
    }

    public static void assertMatches(String name, String actual) {
        Path file = Path.of("src/test/resources/golden").resolve(name);
        try {
            if (Boolean.getBoolean("golden.update")) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                return;
            }
            assertThat(file).as("golden file %s is missing: run with -Dgolden.update=true", file).exists();
            String expected = Files.readString(file, StandardCharsets.UTF_8);
            if (!expected.equals(actual)) {
                Path out = Path.of("target/golden-actual").resolve(name);
                Files.createDirectories(out.getParent());
                Files.writeString(out, actual, StandardCharsets.UTF_8);
                assertThat(actual).as("output differs from %s (actual written to %s; -Dgolden.update=true to accept)", file, out)
                        .isEqualTo(expected);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
