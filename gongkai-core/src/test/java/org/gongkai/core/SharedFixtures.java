package org.gongkai.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.gongkai.core.model.Disclosure;
import org.gongkai.core.read.DisclosureReader;
import org.gongkai.core.read.UnreadableInputException;
import org.gongkai.core.write.text.DisclosureTextWriter;

/**
 * The shared reference material beside the project ({@code ../shared}): the reference document
 * and the real PDFs. The build passes its place as {@code gongkai.shared}; run elsewhere, the
 * folders above the working directory are searched.
 */
public final class SharedFixtures {

    private static Disclosure seed;
    private static final Map<String, String> realAsText = new HashMap<>();

    private SharedFixtures() {
    }

    public static Path shared() {
        String p = System.getProperty("gongkai.shared");
        if (p != null && Files.isDirectory(Path.of(p, "seed"))) {
            return Path.of(p).toAbsolutePath().normalize();
        }
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isDirectory(d.resolve("shared/seed"))) {
                return d.resolve("shared");
            }
            if (Files.isDirectory(d.resolve("../shared/seed"))) {
                return d.resolve("../shared").normalize();
            }
        }
        throw new IllegalStateException("../shared not found beside the project (set -Dgongkai.shared)");
    }

    /** The reference document: a county unit's 2024 budget disclosure as text. */
    public static Path seedFile() {
        return shared().resolve("seed/000_5dad8652f8cb316b.txt");
    }

    public static byte[] seedBytes() {
        try {
            return Files.readAllBytes(seedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String seedText() {
        return new String(seedBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * {@code seed} (the reference document's text, or a copy of it) in two, as a disclosure whose
     * tables are published apart is: its text without the 13 tables, and the tables alone, without
     * the heading 第二部分 (text, then tables).
     */
    public static String[] seedInTwo(String seed) {
        String heading = "\n第二部分 2024年单位预算报表\n";
        int tables = seed.indexOf(heading) + 1;
        int after = seed.indexOf("\n第三部分 2024年度单位预算情况说明\n") + 1;
        if (tables <= 0 || after <= tables) {
            throw new IllegalArgumentException("not the reference document: its 第二部分 and 第三部分 headings are not where they were");
        }
        return new String[] {seed.substring(0, tables) + seed.substring(after), seed.substring(tables + heading.length() - 1, after)};
    }

    /** The reference document read once for all tests. */
    public static synchronized Disclosure seed() {
        if (seed == null) {
            try {
                seed = DisclosureReader.withBundledTemplates().read(seedFile());
            } catch (UnreadableInputException e) {
                throw new IllegalStateException(e);
            }
        }
        return seed;
    }

    public static Path realFixtures() {
        return shared().resolve("fixtures/real");
    }

    /**
     * A real document under {@link #realFixtures()}, e.g. "shanghai/上海市普陀区万里街道办事处2023年部门预算.pdf",
     * read and written out as text in the reference document's layout ({@link DisclosureTextWriter}),
     * once for all tests: a document of another table set that rule fixtures can edit.
     */
    public static synchronized String realAsText(String path) {
        return realAsText.computeIfAbsent(path, p -> {
            try {
                return DisclosureTextWriter.write(DisclosureReader.withBundledTemplates().read(realFixtures().resolve(p)));
            } catch (UnreadableInputException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
