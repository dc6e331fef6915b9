package org.gongkai.core.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.gongkai.core.SharedFixtures;
import org.gongkai.core.model.Disclosure;
import org.junit.jupiter.api.Test;

/**
 * The committed sample exports are what {@link SampleExportWriter} writes from the reference
 * document; {@code -Dgolden.update=true} writes them afresh.
 */
class SampleExportsTest {

    @Test
    void theCommittedSampleExportsAreCurrent() throws Exception {
        Disclosure seed = SharedFixtures.seed();
        byte[] shanxi = SampleExportWriter.write(seed, SampleExportWriter.shanxi());
        byte[] other = SampleExportWriter.write(seed, SampleExportWriter.otherProvince());
        if (Boolean.getBoolean("golden.update")) {
            write(PlatformExportReaderTest.SHANXI, shanxi);
            write(PlatformExportReaderTest.OTHER, other);
        }
        assertThat(PlatformExportReaderTest.facts(new PlatformExportReader().read(PlatformExportReaderTest.bytes(PlatformExportReaderTest.SHANXI), "a.xlsx")))
                .isEqualTo(PlatformExportReaderTest.facts(new PlatformExportReader().read(shanxi, "a.xlsx")));
        PlatformExportReader withOther = PlatformExportReaderTest.withOtherProvince();
        assertThat(PlatformExportReaderTest.facts(withOther.read(PlatformExportReaderTest.bytes(PlatformExportReaderTest.OTHER), "b.xlsx")))
                .isEqualTo(PlatformExportReaderTest.facts(withOther.read(other, "b.xlsx")));
    }

    private static void write(Path p, byte[] bytes) throws IOException {
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
    }
}
