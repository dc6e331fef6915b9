package org.gongkai.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CatalogueItemTest {

    @Test
    void knowsItsCodesLevelAndWhatItsNameIs() {
        CatalogueItem item = CatalogueItem.at("A030101", 4, "妇女就业服务", 3, 120, 1);
        assertThat(item.codeLevel()).isEqualTo(4);
        assertThat(item.hasName()).isTrue();
        assertThat(item.nameHasSpace()).isFalse();
        assertThat(CatalogueItem.at("A03", 2, "就业服务 ", 3, 121, 1).nameHasSpace()).isTrue();
        assertThat(CatalogueItem.at("A03", 2, "就业\u3000服务", 3, 121, 1).nameHasSpace()).isTrue();
        assertThat(CatalogueItem.at("160601", 4, "住建行业", 3, 122, 1).codeLevel()).isZero();
        assertThat(CatalogueItem.at("A0301", 0, " ", 3, 123, 1).hasName()).isFalse();
    }

    @Test
    void aNameWrappedOntoTheNextLineIsLookedAtAgain() {
        CatalogueItem empty = CatalogueItem.at("A0301", 3, "", 3, 123, 1);
        CatalogueItem continued = empty.withNameContinued("就业 服务");
        assertThat(empty.hasName()).isFalse();
        assertThat(continued.hasName()).isTrue();
        assertThat(continued.nameHasSpace()).isTrue();
    }

    /** What the item worked out when it was made is what its code and name say, whatever they are. */
    @Property(tries = 3000)
    void itsAnswersAreItsCodesAndNamesOwn(@ForAll("codes") String code, @ForAll("names") String name) {
        CatalogueItem item = new CatalogueItem(code, 1, name, SourcePosition.line(1, 1));
        assertThat(item.codeLevel()).isEqualTo(levelOf(code));
        assertThat(item.hasName()).isEqualTo(!name.isBlank());
        assertThat(item.nameHasSpace()).isEqualTo(name.contains(" ") || name.contains("\u3000"));
    }

    /** The level by the code's form, written out plainly: a capital and 0, 2, 4 or 6 digits. */
    private static int levelOf(String code) {
        if (!code.matches("[A-Z][0-9]*")) {
            return 0;
        }
        return switch (code.length()) {
            case 1 -> 1;
            case 3 -> 2;
            case 5 -> 3;
            case 7 -> 4;
            default -> 0;
        };
    }

    @Provide
    Arbitrary<String> codes() {
        return Arbitraries.strings().withChars("AZ019a-").ofMinLength(0).ofMaxLength(9);
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.strings().withChars("就业服务 \u3000\t\u00A0").ofMinLength(0).ofMaxLength(6);
    }
}
