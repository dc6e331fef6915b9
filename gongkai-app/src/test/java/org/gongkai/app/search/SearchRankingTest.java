package org.gongkai.app.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;

import org.gongkai.app.store.StoredDisclosure;
import org.gongkai.core.SharedFixtures;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.DisclosureKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index alone, without the store, the reference document indexed under made-up units: a phrase of
 * every other pair finds only the whole substring; the unit named as asked comes before its branches,
 * the newer year first; past {@link SearchIndex#COUNT_UP_TO} matches the count is a lower bound and the
 * best hits still come first; fragments mark whole numbers only.
 */
class SearchRankingTest {

    @TempDir
    Path dir;

    private static StoredDisclosure unit(long id, String unit, int year) {
        return new StoredDisclosure(id, "柳林县", "山西省", "柳林县测试部门", unit, year, DisclosureKind.BUDGET, "UNIT",
                "shanxi-unit-budget-2024", "单位预算公开", 1, "sha" + id, id + ".txt", OffsetDateTime.now(), 74, 0, 0, 0);
    }

    private static List<Long> ids(SearchResults r) {
        return r.hits().stream().map(SearchHit::id).toList();
    }

    @Test
    void aPhraseOfEveryOtherPairFindsOnlyTheWholeSubstring() {
        Disclosure d = SharedFixtures.seed();
        try (SearchIndex index = SearchIndex.open(dir.resolve("index"))) {
            index.add(unit(1, "甲乙丙丁戊局", 2024), d);
            index.add(unit(2, "甲乙，丙丁戊局", 2024), d);
            index.add(unit(3, "甲乙2丙丁戊局", 2024), d);
            // 甲乙 and 丙丁 are in all three, next to each other only in the first
            assertThat(ids(index.search(SearchRequest.of("甲乙丙丁", 1, 10)))).containsExactly(1L);
            assertThat(ids(index.search(SearchRequest.of("甲乙丙丁戊", 1, 10)))).containsExactly(1L);
            assertThat(ids(index.search(SearchRequest.of("乙丙丁戊局", 1, 10)))).containsExactly(1L);
            assertThat(ids(index.search(SearchRequest.of("丙丁戊局", 1, 10)))).containsExactlyInAnyOrder(1L, 2L, 3L);
            assertThat(ids(index.search(SearchRequest.of("甲乙2丙丁", 1, 10)))).containsExactly(3L);
            // a lone character: where it starts a pair (丙 in all three), and where it only ends a run
            // (乙 before "，" and "2"), which no pair starts with
            assertThat(ids(index.search(SearchRequest.of("丙", 1, 10)))).containsExactlyInAnyOrder(1L, 2L, 3L);
            assertThat(ids(index.search(SearchRequest.of("乙", 1, 10)))).containsExactlyInAnyOrder(1L, 2L, 3L);
            assertThat(ids(index.search(SearchRequest.of("戊局", 1, 10)))).containsExactlyInAnyOrder(1L, 2L, 3L);
            assertThat(ids(index.search(SearchRequest.of("庚", 1, 10)))).isEmpty();
            SearchResults r = index.search(SearchRequest.of("甲乙丙丁", 1, 10));
            assertThat(r.totalExact()).isTrue();
            assertThat(r.total()).isEqualTo(1);
            assertThat(r.hits().get(0).fragments()).extracting(SearchFragment::html).contains("<mark>甲乙丙丁</mark>戊局");
        }
    }

    @Test
    void theUnitNamedAsAskedComesBeforeItsBranchesAndTheNewerYearFirst() {
        Disclosure d = SharedFixtures.seed();
        try (SearchIndex index = SearchIndex.open(dir.resolve("index"))) {
            index.add(unit(3, "柳林县测试局第2分中心", 2024), d);
            index.add(unit(4, "柳林县测试局", 2023), d);
            index.add(unit(5, "柳林县测试局", 2024), d);
            index.add(unit(6, "柳林县别的局", 2024), d);
            assertThat(ids(index.search(SearchRequest.of("柳林县测试局", 1, 10)))).containsExactly(5L, 4L, 3L);
            // a word in every unit's 项目: the one whose name holds it first, then equal matches newer year first
            index.add(unit(7, "就业补助资金管理中心", 2022), d);
            assertThat(ids(index.search(SearchRequest.of("就业补助资金", 1, 10)))).startsWith(7L).endsWith(4L);
        }
    }

    @Test
    void pastAThousandMatchesTheCountIsALowerBoundAndTheBestStillComeFirst() {
        Disclosure d = SharedFixtures.seed();
        int n = SearchIndex.COUNT_UP_TO + 50;
        try (SearchIndex index = SearchIndex.open(dir.resolve("index"))) {
            for (int i = 1; i <= n; i++) {
                index.add(unit(i, "单位" + i, 2015 + i % 10), d);
            }
            index.add(unit(n + 1, "就业补助资金管理中心", 2016), d);
            SearchResults r = index.search(SearchRequest.of("就业补助资金", 1, 10));
            assertThat(r.totalExact()).isFalse();
            assertThat(r.total()).isGreaterThanOrEqualTo(SearchIndex.COUNT_UP_TO).isLessThanOrEqualTo(n + 1);
            assertThat(r.pages()).isGreaterThanOrEqualTo(SearchIndex.COUNT_UP_TO / 10);
            assertThat(r.hits()).hasSize(10);
            assertThat(r.hits().get(0).unit()).isEqualTo("就业补助资金管理中心");
            // then the newest year
            assertThat(r.hits().subList(1, 10)).allSatisfy(h -> assertThat(h.year()).isEqualTo(2024));
            SearchResults second = index.search(SearchRequest.of("就业补助资金", 2, 10));
            assertThat(second.hits()).hasSize(10);
            assertThat(ids(second)).doesNotContainAnyElementsOf(ids(r));
            // a word in one unit's name only is still counted exactly
            SearchResults one = index.search(SearchRequest.of("单位1049", 1, 10));
            assertThat(one.totalExact()).isTrue();
            assertThat(ids(one)).containsExactly(1049L);
        }
    }

    @Test
    void aNumberIsMarkedOnlyWhereItStandsWhole() {
        PassageFinder finder = PassageFinder.of(new ExactTextAnalyzer(), "unit_x", "2080101");
        assertThat(finder.fragment("20801011 其他\n2080101 行政运行", 2)).isEqualTo("<mark>2080101</mark> 行政运行");
        assertThat(finder.fragment("20801011 其他", 2)).isNull();
        // full-width and upper case are found as the index finds them, shown as written
        assertThat(PassageFinder.of(new ExactTextAnalyzer(), "unit_x", "abc").fragment("ＡＢＣ项目", 1)).isEqualTo("<mark>ＡＢＣ</mark>项目");
    }

    @Test
    void quotationMarksAreLeftOutInTheTextAndInTheQuery() {
        Disclosure d = SharedFixtures.seed();
        try (SearchIndex index = SearchIndex.open(dir.resolve("index"))) {
            index.add(unit(1, "甲乙“丙丁”戊局", 2024), d);
            index.add(unit(2, "甲乙丙丁戊局", 2024), d);
            index.add(unit(3, "甲乙，丙丁戊局", 2024), d);
            // found as typed, quoted or not, wherever the marks stand; a comma still parts two runs
            assertThat(ids(index.search(SearchRequest.of("乙丙丁戊", 1, 10)))).containsExactlyInAnyOrder(1L, 2L);
            assertThat(ids(index.search(SearchRequest.of("乙“丙丁”戊", 1, 10)))).containsExactlyInAnyOrder(1L, 2L);
            assertThat(ids(index.search(SearchRequest.of("\"乙丙\"", 1, 10)))).containsExactlyInAnyOrder(1L, 2L);
            SearchHit quoted = index.search(SearchRequest.of("乙丙丁戊", 1, 10)).hits().stream().filter(h -> h.id() == 1L).findFirst().orElseThrow();
            assertThat(quoted.fragments()).extracting(SearchFragment::html).contains("甲<mark>乙“丙丁”戊</mark>局");
        }
        // the mark covers the match as printed: an opening quote before it and a closing one after it stay outside
        PassageFinder finder = PassageFinder.of(new ExactTextAnalyzer(), "unit_x", "三公经费");
        assertThat(finder.fragment("“三公”经费支出", 1)).isEqualTo("“<mark>三公”经费</mark>支出");
        assertThat(finder.fragment("“三公经费”", 1)).isEqualTo("“<mark>三公经费</mark>”");
        assertThat(finder.fragment("三公，经费", 1)).isNull();
        assertThat(PassageFinder.of(new ExactTextAnalyzer(), "unit_x", "“三公”经费").fragment("三公经费", 1)).isEqualTo("<mark>三公经费</mark>");
    }
}
