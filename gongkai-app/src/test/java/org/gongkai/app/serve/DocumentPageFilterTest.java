package org.gongkai.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which paths the document page's fast path answers: a version's page, nothing else. */
class DocumentPageFilterTest {

    @Test
    void takesAVersionsPagePath() {
        assertThat(DocumentPageFilter.id("/disclosures/1")).isEqualTo(1);
        assertThat(DocumentPageFilter.id("/disclosures/123456789012345678")).isEqualTo(123456789012345678L);
    }

    @Test
    void leavesEveryOtherPathToTheControllers() {
        assertThat(DocumentPageFilter.id("/disclosures/")).isEqualTo(-1);
        assertThat(DocumentPageFilter.id("/disclosures/1/download/pdf")).isEqualTo(-1);
        assertThat(DocumentPageFilter.id("/disclosures/abc")).isEqualTo(-1);
        assertThat(DocumentPageFilter.id("/disclosures/-1")).isEqualTo(-1);
        assertThat(DocumentPageFilter.id("/disclosures/1234567890123456789")).as("too long for a version").isEqualTo(-1);
        assertThat(DocumentPageFilter.id("/api/disclosures/1")).isEqualTo(-1);
        assertThat(DocumentPageFilter.id(null)).isEqualTo(-1);
    }
}
