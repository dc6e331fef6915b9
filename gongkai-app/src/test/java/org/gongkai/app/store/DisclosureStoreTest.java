package org.gongkai.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.gongkai.core.SharedFixtures;
import org.gongkai.core.check.CheckReport;
import org.gongkai.core.check.Checker;
import org.gongkai.core.check.Severity;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.DisclosureKind;
import org.gongkai.core.model.Fact;
import org.gongkai.core.model.SourceInfo;
import org.gongkai.core.read.Companions;
import org.gongkai.core.read.DisclosureReader;
import org.gongkai.core.write.DisclosureJsonWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store on a real embedded PostgreSQL: import, versions, unreadable input, restart. */
class DisclosureStoreTest {

    @TempDir
    static Path home;

    static Database db;
    static DisclosureStore store;

    @BeforeAll
    static void open() throws Exception {
        db = Database.open(DatabaseSettings.embedded(home));
        store = new DisclosureStore(db.dataSource());
    }

    @AfterAll
    static void close() {
        if (db != null) {
            db.close();
        }
    }

    /** The seed, changed by {@code suffix} so that each test has its own unit's content. */
    private static byte[] seed(String suffix) {
        return (SharedFixtures.seedText() + suffix).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void storesTheSeedAndReadsItBack() {
        byte[] bytes = SharedFixtures.seedBytes();
        ImportResult r = store.importFile(bytes, "000_5dad8652f8cb316b.txt");
        assertThat(r.outcome()).isIn(ImportOutcome.STORED, ImportOutcome.UNCHANGED);
        StoredDisclosure s = r.disclosure();
        Disclosure seed = SharedFixtures.seed();
        CheckReport report = Checker.standard().check(seed);
        assertThat(s.unit()).isEqualTo(seed.metadata().unitName()).isEqualTo("柳林县人力资源和社会保障局");
        assertThat(s.region()).isEqualTo("柳林县");
        assertThat(s.year()).isEqualTo(2024);
        assertThat(s.kind()).isEqualTo(DisclosureKind.BUDGET);
        assertThat(s.template()).isEqualTo("shanxi-unit-budget-2024");
        assertThat(s.sha256()).isEqualTo(SourceInfo.sha256(bytes));
        assertThat(s.facts()).isEqualTo(seed.facts().size()).isEqualTo(74);
        assertThat(s.errors()).isEqualTo(report.count(Severity.ERROR));
        assertThat(s.warnings()).isEqualTo(report.count(Severity.WARNING));
        assertThat(s.notes()).isEqualTo(report.count(Severity.INFO));

        // facts: the same keys and exact amounts as read
        List<Fact> stored = store.facts(s.id());
        assertThat(stored).hasSize(74);
        List<Fact> read = seed.facts().facts();
        for (int i = 0; i < read.size(); i++) {
            assertThat(stored.get(i).key()).isEqualTo(read.get(i).key());
            assertThat(stored.get(i).amount().value()).isEqualByComparingTo(read.get(i).amount().value());
            assertThat(stored.get(i).amount().value().scale()).isEqualTo(read.get(i).amount().value().scale());
            assertThat(stored.get(i).amount().unit()).isEqualTo(read.get(i).amount().unit());
        }
        // findings: every one, with its rule, severity, message and place
        assertThat(store.findings(s.id())).hasSize(report.findings().size());
        assertThat(store.findings(s.id()).get(0).ruleId()).isEqualTo(report.findings().get(0).ruleId());
        assertThat(store.findings(s.id()).get(0).message()).isEqualTo(report.findings().get(0).message());

        // the original is kept byte for byte, and the open data rebuilt from it is the same
        assertThat(store.original(s.id())).hasValue(bytes);
        assertThat(DisclosureJsonWriter.write(store.disclosure(s.id()).orElseThrow()))
                .isEqualTo(DisclosureJsonWriter.write(seed));
        assertThat(store.list()).extracting(StoredDisclosure::id).contains(s.id());
    }

    @Test
    void sameContentTwiceIsOneVersionAndChangedContentIsTheNext() {
        byte[] first = seed("\n版本测试\n");
        ImportResult a = store.importFile(first, "a.txt");
        ImportResult again = store.importFile(first.clone(), "a-副本.txt");
        assertThat(a.outcome()).isEqualTo(ImportOutcome.STORED);
        assertThat(again.outcome()).isEqualTo(ImportOutcome.UNCHANGED);
        assertThat(again.disclosure().id()).isEqualTo(a.disclosure().id());
        int v = a.disclosure().version();

        ImportResult changed = store.importFile(seed("\n版本测试（更正）\n"), "a.txt");
        assertThat(changed.outcome()).isEqualTo(ImportOutcome.STORED);
        assertThat(changed.disclosure().id()).isNotEqualTo(a.disclosure().id());
        assertThat(changed.disclosure().version()).isEqualTo(v + 1);
        assertThat(changed.disclosure().unit()).isEqualTo(a.disclosure().unit());
        assertThat(store.find(a.disclosure().id()).orElseThrow().version()).isEqualTo(v);
    }

    /** The reference document as {@code unit}'s, in two files: its text and its tables apart (text, then tables). */
    private static byte[][] inTwo(String unit) {
        String[] two = SharedFixtures.seedInTwo(SharedFixtures.seedText().replace("柳林县人力资源和社会保障局", unit));
        return new byte[][] {two[0].getBytes(StandardCharsets.UTF_8), two[1].getBytes(StandardCharsets.UTF_8)};
    }

    private static List<ImportResult> importAll(DisclosureStore.Upload... files) {
        List<ImportResult> told = new java.util.ArrayList<>();
        List<ImportResult> results = store.importAll(List.of(files), name -> { }, told::add);
        assertThat(told).as("each result told as it is made").containsExactlyInAnyOrderElementsOf(results);
        return results;
    }

    @Test
    void aTextAndItsTablesSentTogetherAreOneVersionCheckedAsOne() throws Exception {
        byte[][] two = inTwo("柳林县配对测试局");
        byte[] whole = seed("\n与一对文件同时上传\n");
        List<ImportResult> results = importAll(DisclosureStore.Upload.of(two[1], "预算公开表.txt"),
                DisclosureStore.Upload.of(whole, "整份.txt"), DisclosureStore.Upload.of(two[0], "预算公开文件.txt"));
        // the pair as one result naming both, at its first file's place; the whole document after it
        assertThat(results).extracting(ImportResult::outcome).containsExactly(ImportOutcome.STORED, ImportOutcome.STORED);
        assertThat(results.get(1).fileName()).isEqualTo("整份.txt");
        assertThat(results.get(1).companionFileName()).isNull();
        ImportResult pair = results.get(0);
        assertThat(pair.files()).isEqualTo("预算公开文件.txt + 预算公开表.txt");

        // checked as one: what the core gives for the two joined, which is what the whole document gives
        DisclosureReader reader = DisclosureReader.withBundledTemplates();
        Disclosure joined = Companions.join(reader.read(two[0], "预算公开文件.txt"), reader.read(two[1], "预算公开表.txt"));
        CheckReport report = Checker.standard().check(joined);
        CheckReport whole0 = Checker.standard().check(SharedFixtures.seed());
        StoredDisclosure s = pair.disclosure();
        assertThat(s.unit()).isEqualTo("柳林县配对测试局");
        assertThat(s.template()).isEqualTo("shanxi-unit-budget-2024");
        assertThat(s.facts()).isEqualTo(74);
        assertThat(s.errors()).isEqualTo(report.count(Severity.ERROR)).isEqualTo(whole0.count(Severity.ERROR));
        assertThat(s.warnings()).isEqualTo(report.count(Severity.WARNING));
        assertThat(s.notes()).isEqualTo(report.count(Severity.INFO));
        assertThat(store.findings(s.id())).extracting(StoredFinding::ruleId).doesNotContain("DOC-001", "DOC-008");
        assertThat(s.fileName()).isEqualTo("预算公开文件.txt");
        assertThat(s.companionFileName()).isEqualTo("预算公开表.txt");
        assertThat(s.sha256()).isEqualTo(SourceInfo.sha256(two[0]));

        // both files kept byte for byte; read again from them by a store that never saw them, the same disclosure
        assertThat(store.original(s.id())).hasValue(two[0]);
        assertThat(store.companionOriginal(s.id())).hasValue(two[1]);
        assertThat(store.companionOriginal(results.get(1).disclosure().id())).isEmpty();
        Disclosure again = new DisclosureStore(db.dataSource()).disclosure(s.id()).orElseThrow();
        assertThat(DisclosureJsonWriter.write(again)).isEqualTo(DisclosureJsonWriter.write(joined));
        assertThat(again.companions()).extracting(c -> c.fileName()).containsExactly("预算公开表.txt");

        // sent again together, tables first: unchanged, one result naming both, text first
        List<ImportResult> resent = importAll(DisclosureStore.Upload.of(two[1], "表.txt"),
                DisclosureStore.Upload.of(two[0], "文字.txt"));
        assertThat(resent).hasSize(1);
        assertThat(resent.get(0).outcome()).isEqualTo(ImportOutcome.UNCHANGED);
        assertThat(resent.get(0).files()).isEqualTo("文字.txt + 表.txt");
        assertThat(resent.get(0).disclosure().id()).isEqualTo(s.id());
        // one of them alone: unchanged too, the same version
        ImportResult tablesAgain = store.importFile(two[1], "表.txt");
        assertThat(tablesAgain.outcome()).isEqualTo(ImportOutcome.UNCHANGED);
        assertThat(tablesAgain.companionFileName()).isNull();
        assertThat(tablesAgain.disclosure().id()).isEqualTo(s.id());
    }

    @Test
    void aTextStoredAloneIsJoinedWithItsTablesWhenTheyComeAndAlonePairsAreNotGuessed() {
        byte[][] two = inTwo("柳林县分开入库测试局");
        ImportResult alone = store.importFile(two[0], "预算公开文件.txt");
        assertThat(alone.outcome()).isEqualTo(ImportOutcome.STORED);
        assertThat(alone.companionFileName()).isNull();
        assertThat(store.findings(alone.disclosure().id())).extracting(StoredFinding::ruleId).contains("DOC-001");

        // the same text again, now with its tables: read again and stored as one, the next version
        List<ImportResult> both = importAll(DisclosureStore.Upload.of(two[0], "预算公开文件.txt"),
                DisclosureStore.Upload.of(two[1], "预算公开表.txt"));
        assertThat(both).hasSize(1);
        assertThat(both.get(0).outcome()).isEqualTo(ImportOutcome.STORED);
        assertThat(both.get(0).disclosure().version()).isEqualTo(alone.disclosure().version() + 1);
        assertThat(both.get(0).disclosure().companionFileName()).isEqualTo("预算公开表.txt");
        assertThat(store.findings(both.get(0).disclosure().id())).extracting(StoredFinding::ruleId).doesNotContain("DOC-001");

        // two texts of one unit and year with one file of tables: no text is the only match, so none is joined
        byte[][] other = inTwo("柳林县两份文字测试局");
        byte[] secondText = (new String(other[0], StandardCharsets.UTF_8) + "\n另一稿\n").getBytes(StandardCharsets.UTF_8);
        List<ImportResult> three = importAll(DisclosureStore.Upload.of(other[0], "文字一.txt"),
                DisclosureStore.Upload.of(secondText, "文字二.txt"), DisclosureStore.Upload.of(other[1], "报表.txt"));
        assertThat(three).hasSize(3).allSatisfy(r -> assertThat(r.companionFileName()).isNull());
        assertThat(three).extracting(ImportResult::fileName).containsExactly("文字一.txt", "文字二.txt", "报表.txt");
    }

    @Test
    void aFileHoldingNothingOfADisclosureIsKeptAndRefused() {
        byte[] junk = "# hello\n".getBytes(StandardCharsets.UTF_8);
        ImportResult r = store.importFile(junk, "README.txt");
        assertThat(r.outcome()).isEqualTo(ImportOutcome.UNREADABLE);
        assertThat(r.message()).startsWith("不像预算公开文件");
        assertThat(r.disclosure()).isNull();
        assertThat(store.hasOriginal(SourceInfo.sha256(junk))).isTrue();
        assertThat(store.list()).extracting(StoredDisclosure::fileName).doesNotContain("README.txt");
        // a text with a year in its title but no table read is still a disclosure, stored with what was read
        ImportResult titled = store.importFile("柳林县某某局2024年度单位预算公开\n\n第一部分 单位概况\n一、主要职能\n负责本县某项工作。\n"
                .getBytes(StandardCharsets.UTF_8), "只有概况.txt");
        assertThat(titled.outcome()).isEqualTo(ImportOutcome.STORED);
    }

    @Test
    void aVersionStoredByAnotherProcessChangesTheGenerationWithinASecond() throws Exception {
        DisclosureStore server = new DisclosureStore(db.dataSource());
        long before = server.generation();
        Thread.sleep(1_100);
        assertThat(server.generation()).as("nothing new stored: unchanged").isEqualTo(before);
        // another process (another store on the same database) stores a new version
        assertThat(new DisclosureStore(db.dataSource()).importFile(seed("\n另一进程\n"), "other.txt").outcome())
                .isEqualTo(ImportOutcome.STORED);
        Thread.sleep(1_100);
        assertThat(server.generation()).as("seen at the next look, a second later").isNotEqualTo(before);
    }

    @Test
    void anUnreadableFileIsReportedKeptAndNothingElseStored() {
        long before = store.count();
        long unreadable = store.uploads(ImportOutcome.UNREADABLE);
        byte[] junk = {0, 1, 2, 3, (byte) 0xff, (byte) 0xfe, 0, 0, 7};
        ImportResult r = store.importFile(junk, "乱码.txt");
        assertThat(r.outcome()).isEqualTo(ImportOutcome.UNREADABLE);
        assertThat(r.disclosure()).isNull();
        assertThat(r.message()).isNotBlank();
        assertThat(store.count()).isEqualTo(before);
        assertThat(store.uploads(ImportOutcome.UNREADABLE)).isEqualTo(unreadable + 1);
        assertThat(store.hasOriginal(SourceInfo.sha256(junk))).isTrue();

        ImportResult empty = store.importFile(new byte[0], "空.txt");
        assertThat(empty.outcome()).isEqualTo(ImportOutcome.UNREADABLE);
        assertThat(empty.message()).contains("空");
        assertThat(store.count()).isEqualTo(before);
    }

    @Test
    void aRestartOnTheSameDataDirectoryKeepsEverything(@TempDir Path own) throws Exception {
        long id;
        try (Database first = Database.open(DatabaseSettings.embedded(own))) {
            id = new DisclosureStore(first.dataSource()).importFile(seed("\n重启测试\n"), "r.txt").disclosure().id();
        }
        try (Database again = Database.open(DatabaseSettings.embedded(own))) {
            DisclosureStore s = new DisclosureStore(again.dataSource());
            assertThat(s.count()).isEqualTo(1);
            assertThat(s.find(id)).isPresent();
            assertThat(s.facts(id)).hasSize(74);
            assertThat(s.importFile(seed("\n重启测试\n"), "r.txt").outcome()).isEqualTo(ImportOutcome.UNCHANGED);
        }
    }

    @Test
    void aYearTheDocumentDoesNotStateIsTakenFromTheFileName() {
        assertThat(DisclosureStore.yearInName("上海市普陀区万里街道办事处2023年部门预算.pdf")).isEqualTo(2023);
        assertThat(DisclosureStore.yearInName("部门预算.pdf")).isZero();
    }
}
