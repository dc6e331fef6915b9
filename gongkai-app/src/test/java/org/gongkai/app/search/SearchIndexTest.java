package org.gongkai.app.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.gongkai.app.serve.SampleLoader;
import org.gongkai.app.store.Database;
import org.gongkai.app.store.DatabaseSettings;
import org.gongkai.app.store.DisclosureFilter;
import org.gongkai.app.store.DisclosureStore;
import org.gongkai.app.store.ImportOutcome;
import org.gongkai.app.store.ImportResult;
import org.gongkai.core.SharedFixtures;
import org.gongkai.core.model.DisclosureKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search index over a real embedded PostgreSQL holding the reference document (柳林县人力资源和社会保障局
 * 2024): found by its unit, a project, a word of its 情况说明, a functional code, with the match marked;
 * not found by words it does not contain; new imports searchable at once; the index rebuilt when lost.
 */
class SearchIndexTest {

    @TempDir
    static Path home;

    static Database db;
    static DisclosureStore store;
    static SearchIndex index;
    static long reference;

    @BeforeAll
    static void start() throws Exception {
        db = Database.open(DatabaseSettings.embedded(home));
        store = new DisclosureStore(db.dataSource());
        List<ImportResult> loaded = SampleLoader.loadIfEmpty(store, SampleLoader.REFERENCE);
        reference = loaded.get(0).disclosure().id();
        index = SearchIndex.open(home.resolve("index"));
        index.follow(store);
    }

    @AfterAll
    static void stop() {
        if (index != null) {
            index.close();
        }
        if (db != null) {
            db.close();
        }
    }

    private static SearchResults search(String q) {
        return index.search(SearchRequest.of(q, 1, 10), store);
    }

    private static String fragment(SearchHit hit, SearchPart part) {
        return hit.fragments().stream().filter(f -> f.part() == part).map(SearchFragment::html).findFirst().orElse(null);
    }

    @Test
    void theReferenceDocumentIsFoundByItsUnitsNameWholeOrInPart() {
        SearchResults r = search("柳林县人力资源和社会保障局");
        assertThat(r.problem()).isNull();
        assertThat(r.hits()).extracting(SearchHit::unit).contains("柳林县人力资源和社会保障局");
        SearchHit hit = r.hits().get(0);
        assertThat(hit.year()).isEqualTo(2024);
        assertThat(hit.kind()).isEqualTo(DisclosureKind.BUDGET);
        assertThat(fragment(hit, SearchPart.UNIT)).isEqualTo("<mark>柳林县人力资源和社会保障局</mark>");
        // a part of the name that a word segmenter may cut otherwise, and a single character
        assertThat(search("社会保障局").total()).isPositive();
        assertThat(search("力资").total()).isPositive();
        assertThat(search("局").total()).isPositive();
    }

    @Test
    void aProjectNameIsFoundInTheProjectsWithTheMatchMarked() {
        SearchHit hit = search("就业补助资金").hits().get(0);
        assertThat(hit.unit()).isEqualTo("柳林县人力资源和社会保障局");
        assertThat(fragment(hit, SearchPart.PROJECT)).contains("<mark>就业补助资金</mark>-2024年中央<mark>就业补助资金</mark>");
    }

    @Test
    void aWordOfTheNarrativeIsFoundInTheNarrative() {
        SearchHit hit = search("提前下达").hits().get(0);
        String narrative = fragment(hit, SearchPart.NARRATIVE);
        assertThat(narrative).contains("<mark>提前下达</mark>");
        // a long sentence is cut to a window around the match
        assertThat(narrative.replaceAll("<[^>]+>", "").length()).isLessThan(2 * FragmentFormatter.LONGEST + 10);
        assertThat(fragment(search("职业资格制度").hits().get(0), SearchPart.PROFILE)).contains("<mark>职业资格制度</mark>");
        // the document prints “三公”经费: found as typed without the quotes, and marked whole
        assertThat(fragment(search("三公经费").hits().get(0), SearchPart.NARRATIVE)).contains("“<mark>三公”经费</mark>");
    }

    @Test
    void aFunctionalCodeAndItsNameAreFoundInTheClassification() {
        SearchHit byCode = search("2080101").hits().get(0);
        assertThat(fragment(byCode, SearchPart.CLASSIFICATION)).contains("<mark>2080101</mark> 行政运行");
        assertThat(fragment(search("就业补助").hits().get(0), SearchPart.CLASSIFICATION)).contains("<mark>就业补助</mark>");
    }

    @Test
    void wordsTheDocumentDoesNotHoldFindNothing() {
        assertThat(search("航天飞机").total()).isZero();
        assertThat(search("9999999").total()).isZero();
        // every word must be found: one missing one is no hit
        assertThat(search("就业补助资金 航天飞机").total()).isZero();
        assertThat(search("就业补助资金 提前下达").total()).isPositive();
    }

    @Test
    void aQueryNotFoundAsTypedIsSearchedAgainByItsWords() {
        // "资金补助就业" is nowhere as such; smartcn's words 资金, 补助, 就业 each are
        assertThat(SearchIndex.words("资金补助就业")).containsExactly("资金", "补助", "就业");
        SearchResults r = search("资金补助就业");
        assertThat(r.total()).isPositive();
        assertThat(r.request().text()).isEqualTo("资金 补助 就业");
        assertThat(r.hits().get(0).unit()).isEqualTo("柳林县人力资源和社会保障局");
        assertThat(fragment(r.hits().get(0), SearchPart.PROJECT)).contains("<mark>").contains("就业", "资金");
        // found as typed: searched as typed, not split
        assertThat(search("就业补助资金").request().text()).isEqualTo("就业补助资金");
        // words that are not all there find nothing, split or not; only Chinese typed without spaces is split
        assertThat(search("就业资金航天飞机").total()).isZero();
        assertThat(search("<b>就业补助</b>资金").request().text()).isEqualTo("<b>就业补助</b>资金");
    }

    @Test
    void queriesThatCannotBeSearchedSaySoAndSyntaxCharactersAreText() {
        assertThat(search("").problem()).isEqualTo(SearchProblem.EMPTY);
        assertThat(search("   ").problem()).isEqualTo(SearchProblem.EMPTY);
        assertThat(search("就".repeat(SearchRequest.MAX_LENGTH + 1)).problem()).isEqualTo(SearchProblem.TOO_LONG);
        assertThat(search("就".repeat(SearchRequest.MAX_LENGTH)).problem()).isNull();
        assertThat(search("+++ *** \"").problem()).isEqualTo(SearchProblem.NO_WORDS);
        for (String q : List.of("就业补助资金\"", "(就业补助资金]", "就业补助资金~2", "\\就业补助资金*", "title:就业补助资金")) {
            assertThat(search(q).problem()).as(q).isNull();
        }
        assertThat(search("(就业补助资金]").total()).isPositive();
        assertThat(search("<script>alert(1)</script>").total()).isZero();
    }

    @Test
    void filtersKeepOnlyTheVersionsAskedFor() {
        SearchRequest y2024 = new SearchRequest("就业补助资金", new DisclosureFilter(null, null, null, 2024, DisclosureKind.BUDGET), 1, 10, false);
        assertThat(index.search(y2024, store).total()).isPositive();
        SearchRequest y2023 = new SearchRequest("就业补助资金", new DisclosureFilter(null, null, null, 2023, null), 1, 10, false);
        assertThat(index.search(y2023, store).total()).isZero();
        SearchRequest unit = new SearchRequest("就业补助资金", new DisclosureFilter("柳林县", null, "柳林县人力资源和社会保障局", null, null), 1, 10, false);
        assertThat(index.search(unit, store).total()).isPositive();
        SearchRequest other = new SearchRequest("就业补助资金", new DisclosureFilter(null, null, "别的单位", null, null), 1, 10, false);
        assertThat(index.search(other, store).total()).isZero();
    }

    @Test
    void anImportIsSearchableAtOnceAndANewVersionHidesTheOlderOne() {
        String renamed = SharedFixtures.seedText().replace("柳林县人力资源和社会保障局", "柳林县搜索测试局");
        ImportResult r = store.importFile(renamed.getBytes(StandardCharsets.UTF_8), "柳林县搜索测试局2024年度单位预算公开.txt");
        assertThat(r.outcome()).isEqualTo(ImportOutcome.STORED);
        // the index follows the store: no catch-up asked for, no search of the store needed
        assertThat(index.search(SearchRequest.of("搜索测试局", 1, 10)).hits()).extracting(SearchHit::id)
                .containsExactly(r.disclosure().id());

        ImportResult v2 = store.importFile((renamed + "\n第二版\n").getBytes(StandardCharsets.UTF_8), "第二版.txt");
        assertThat(v2.disclosure().version()).isEqualTo(2);
        SearchResults newest = index.search(SearchRequest.of("搜索测试局", 1, 10));
        assertThat(newest.hits()).extracting(SearchHit::id).containsExactly(v2.disclosure().id());
        assertThat(newest.hits().get(0).latest()).isTrue();
        SearchResults all = index.search(new SearchRequest("搜索测试局", DisclosureFilter.NONE, 1, 10, true));
        assertThat(all.hits()).extracting(SearchHit::id, SearchHit::latest)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(v2.disclosure().id(), true),
                        org.assertj.core.groups.Tuple.tuple(r.disclosure().id(), false));
    }

    @Test
    void anIndexWhoseFolderIsDeletedOrCorruptedIsBuiltAgainFromTheStore() throws Exception {
        Path folder = home.resolve("rebuilt-index");
        try (SearchIndex other = SearchIndex.open(folder)) {
            assertThat(other.catchUp(store)).isEqualTo((int) store.count());
            assertThat(other.catchUp(store)).isZero();
        }
        // reopened: what was indexed is still there
        try (SearchIndex again = SearchIndex.open(folder)) {
            assertThat(again.size()).isEqualTo((int) store.count());
            assertThat(again.catchUp(store)).isZero();
            // the folder deleted while open: the next search builds it again and finds
            deleteTree(folder);
            assertThat(again.search(SearchRequest.of("就业补助资金", 1, 10), store).total()).isPositive();
            assertThat(Files.isDirectory(folder)).isTrue();
            assertThat(again.size()).isEqualTo((int) store.count());
        }
        // every file overwritten with rubbish: opened empty, then caught up
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Files.write(f, "不是索引".getBytes(StandardCharsets.UTF_8));
            }
        }
        try (SearchIndex corrupt = SearchIndex.open(folder)) {
            assertThat(corrupt.size()).isZero();
            assertThat(corrupt.search(SearchRequest.of("就业补助资金", 1, 10), store).total()).isPositive();
        }
        // deleted while closed
        deleteTree(folder);
        try (SearchIndex missing = SearchIndex.open(folder)) {
            assertThat(missing.size()).isZero();
            assertThat(missing.search(SearchRequest.of("柳林县", 1, 10), store).total()).isPositive();
        }
    }

    private static void deleteTree(Path dir) throws Exception {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
