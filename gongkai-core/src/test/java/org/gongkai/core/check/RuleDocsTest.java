package org.gongkai.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * docs/rules.md is the catalogue as the code declares it. Run with {@code -Dgongkai.rules.write=true}
 * ({@code ./dev rules-doc}) to write it anew after changing a rule.
 */
class RuleDocsTest {

    private static final Path FILE = Path.of("..", "docs", "rules.md");

    @Test
    void docsRulesMdIsGeneratedFromTheCatalogue() throws IOException {
        String generated = RuleCatalog.markdown();
        if (Boolean.getBoolean("gongkai.rules.write")) {
            Files.writeString(FILE, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(FILE, StandardCharsets.UTF_8))
                .as("docs/rules.md 与代码中的规则不一致：运行 ./dev rules-doc 重新生成").isEqualTo(generated);
        for (Rule r : RuleCatalog.rules()) {
            assertThat(generated).contains("### " + r.spec().id()).contains(r.spec().description());
        }
    }
}
