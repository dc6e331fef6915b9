package org.gongkai.app.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.gongkai.core.check.Category;
import org.gongkai.core.check.CheckReport;
import org.gongkai.core.check.Checker;
import org.gongkai.core.check.Finding;
import org.gongkai.core.check.Location;
import org.gongkai.core.check.Severity;
import org.gongkai.core.compose.InputReader;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.DisclosureKind;
import org.gongkai.core.model.DisclosureMetadata;
import org.gongkai.core.model.Fact;
import org.gongkai.core.model.FactKey;
import org.gongkai.core.model.FundingSource;
import org.gongkai.core.model.Money;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.model.Period;
import org.gongkai.core.model.SourceInfo;
import org.gongkai.core.model.SourcePosition;
import org.gongkai.core.model.SpendingType;
import org.gongkai.core.read.Companions;
import org.gongkai.core.read.UnreadableInputException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Disclosures in the database. {@link #importFile} keeps the original bytes first (content-addressed,
 * so nothing sent is ever lost), reads them ({@link InputReader}: text, PDF, authoring workbook,
 * platform export), checks them ({@link Checker#standard()}), and stores metadata, facts and
 * findings in one transaction. The same content again is not a new version; changed content for
 * the same unit, year and kind is the next version.
 * Example: {@code new DisclosureStore(db.dataSource()).importFile(bytes, "单位预算.txt")} gives
 * {@code STORED}, version 1, the first time, and {@code UNCHANGED} the second.
 */
public final class DisclosureStore {

    private static final String SELECT = """
            SELECT d.id, r.name AS region, r.province, dp.name AS department, u.name AS unit, d.year, d.kind, d.level,
                   d.template, d.title, d.version, d.sha256, d.file_name, d.imported_at, d.facts, d.errors, d.warnings, d.notes,
                   d.companion_file_name
            FROM disclosures d JOIN units u ON u.id = d.unit_id JOIN departments dp ON dp.id = u.department_id
                 JOIN regions r ON r.id = dp.region_id
            """;

    private static final RowMapper<StoredDisclosure> ROW = DisclosureStore::row;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate transactions;
    private final InputReader reader;
    private final Checker checker;
    private final Map<Long, Disclosure> read = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    /** When {@link #generation()} last asked the database for versions stored by another process, and what it saw. */
    private volatile long lookedAt = System.nanoTime() - 2_000_000_000L;
    private volatile long highestSeen = -1;
    private final List<BiConsumer<StoredDisclosure, Disclosure>> storedListeners = new CopyOnWriteArrayList<>();

    public DisclosureStore(DataSource dataSource) {
        this(dataSource, InputReader.withBundledTemplates(), Checker.standard());
    }

    public DisclosureStore(DataSource dataSource, InputReader reader, Checker checker) {
        this.template = new JdbcTemplate(dataSource);
        this.jdbc = JdbcClient.create(template);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.reader = reader;
        this.checker = checker;
    }

    /** A file sent to be stored: the name it came under, and its bytes, had when it is stored. */
    public interface Upload {

        String fileName();

        byte[] bytes() throws IOException;

        /** Bytes received, e.g. by the web form. */
        static Upload of(byte[] bytes, String fileName) {
            return new Upload() {
                @Override
                public String fileName() {
                    return fileName;
                }

                @Override
                public byte[] bytes() {
                    return bytes;
                }
            };
        }

        /** A file on disk, read when its turn comes: a folder's files are not all held at once. */
        static Upload of(Path file) {
            return new Upload() {
                @Override
                public String fileName() {
                    return file.getFileName().toString();
                }

                @Override
                public byte[] bytes() throws IOException {
                    return Files.readAllBytes(file);
                }
            };
        }
    }

    /**
     * Stores one file: kept, read, checked, stored. A file that cannot be read is kept and
     * reported ({@link ImportOutcome#UNREADABLE}, with the reader's message); nothing else is stored.
     */
    public ImportResult importFile(byte[] bytes, String fileName) {
        return importAll(List.of(Upload.of(bytes, fileName)), name -> { }, r -> { }).get(0);
    }

    /**
     * Stores files sent together, each as {@link #importFile} does, except that a file of text
     * (概况, 情况说明, no table) and a file of tables (no text) of the same unit and year, each the
     * other's only match among them ({@link Companions#pairs}), are one version: read together,
     * checked together, the text's file its original and the tables' file its companion. A file that
     * is one half and comes alone is stored alone, as it is, and read again when it comes back: its
     * other half may come with it then.
     * <p>{@code reading} is told each file's name before it is read. One result per file, or per
     * pair (naming both files, stored now or before), handed to {@code done} as it is made (a pair's
     * once every file has been read) and returned in the order of the files. A file that holds
     * nothing of a disclosure (no year in a title, no table, no text) is kept and refused.
     * Example: the two files of 江苏省委办公厅2018 give one result, "江苏省委办公厅2018年度部门预算公开文件.pdf +
     * 江苏省委办公厅2018年度部门预算公开表.pdf", {@code STORED}.
     */
    public List<ImportResult> importAll(List<Upload> files, Consumer<String> reading, Consumer<ImportResult> done) {
        // each result with the place of its first file: returned in the order of the files
        TreeMap<Integer, ImportResult> out = new TreeMap<>();
        List<Half> halves = new ArrayList<>();
        Map<Long, PairAgain> again = new LinkedHashMap<>(); // pairs stored before, by version: one result names both files
        for (int i = 0; i < files.size(); i++) {
            Upload f = files.get(i);
            reading.accept(f.fileName());
            byte[] bytes;
            try {
                bytes = f.bytes();
            } catch (IOException e) {
                give(out, i, new ImportResult(ImportOutcome.UNREADABLE, f.fileName(), null,
                        "无法打开文件（" + e.getMessage() + "）：请确认文件存在且可读。"), done);
                continue;
            }
            String sha = SourceInfo.sha256(bytes);
            long upload = keep(bytes, f.fileName(), sha);
            Optional<StoredDisclosure> same = wholeBySha256(sha);
            if (same.isPresent()) {
                StoredDisclosure s = same.get();
                recordUpload(upload, ImportOutcome.UNCHANGED, null, s.id());
                if (s.companionFileName() == null) {
                    give(out, i, new ImportResult(ImportOutcome.UNCHANGED, f.fileName(), s, null), done);
                } else {
                    int place = i;
                    again.computeIfAbsent(s.id(), k -> new PairAgain(place, s, new String[2]))
                            .names()[sha.equals(s.sha256()) ? 0 : 1] = f.fileName();
                }
                continue;
            }
            Disclosure d;
            try {
                d = reader.read(bytes, f.fileName());
            } catch (UnreadableInputException e) {
                recordUpload(upload, ImportOutcome.UNREADABLE, e.getMessage(), null);
                give(out, i, new ImportResult(ImportOutcome.UNREADABLE, f.fileName(), null, e.getMessage()), done);
                continue;
            }
            Half h = new Half(d, sha, f.fileName(), upload, i);
            if (Companions.textOnly(d) || Companions.tablesOnly(d)) {
                halves.add(h); // stored once every file is read: its other half may come later in the list
            } else {
                give(out, i, store(h, null), done);
            }
        }
        for (PairAgain p : again.values()) {
            String[] names = p.names();
            give(out, p.place(), names[0] == null || names[1] == null
                    ? new ImportResult(ImportOutcome.UNCHANGED, names[0] == null ? names[1] : names[0], p.stored(), null)
                    : new ImportResult(ImportOutcome.UNCHANGED, names[0], p.stored(), null, names[1]), done);
        }
        List<Disclosure> read = halves.stream().map(Half::disclosure).toList();
        Half[] tablesOf = new Half[halves.size()];
        boolean[] joined = new boolean[halves.size()];
        for (int[] p : Companions.pairs(read)) {
            tablesOf[p[0]] = halves.get(p[1]);
            joined[p[1]] = true;
        }
        for (int i = 0; i < halves.size(); i++) {
            if (!joined[i]) {
                Half h = halves.get(i);
                Half t = tablesOf[i];
                give(out, t == null ? h.place() : Math.min(h.place(), t.place()), store(h, t), done);
            }
        }
        return new ArrayList<>(out.values());
    }

    private static void give(Map<Integer, ImportResult> out, int place, ImportResult r, Consumer<ImportResult> done) {
        out.put(place, r);
        done.accept(r);
    }

    /** A pair stored before, sent again: its first file's place, the version, the names its text and tables came under now. */
    private record PairAgain(int place, StoredDisclosure stored, String[] names) {
    }

    /** A file read, with what is needed to store it. */
    private record Half(Disclosure disclosure, String sha, String fileName, long upload, int place) {
    }

    /** Keeps the original (once per content) and notes its upload; returns the upload's id. */
    private long keep(byte[] bytes, String fileName, String sha) {
        return transactions.execute(tx -> {
            jdbc.sql("INSERT INTO originals (sha256, content, size) VALUES (?, ?, ?) ON CONFLICT (sha256) DO NOTHING")
                    .params(sha, bytes, (long) bytes.length).update();
            return jdbc.sql("INSERT INTO uploads (sha256, file_name) VALUES (?, ?) RETURNING id")
                    .params(sha, fileName).query(Long.class).single();
        });
    }

    /** Checks and stores {@code file}, joined with {@code tables} when they are one disclosure. */
    private ImportResult store(Half file, Half tables) {
        Disclosure d = tables == null ? file.disclosure() : Companions.join(file.disclosure(), tables.disclosure());
        OffsetDateTime readAt = OffsetDateTime.now();
        CheckReport report = checker.check(d);
        OffsetDateTime checkedAt = OffsetDateTime.now();
        String part = tables != null ? null : Companions.textOnly(d) ? "TEXT" : Companions.tablesOnly(d) ? "TABLES" : null;
        ImportResult result = transactions.execute(tx -> store(d, report, file.sha(), file.fileName(),
                tables == null ? null : tables.sha(), tables == null ? null : tables.fileName(), part, readAt, checkedAt));
        recordUpload(file.upload(), result.outcome(), null, result.disclosure().id());
        if (tables != null) {
            recordUpload(tables.upload(), result.outcome(), null, result.disclosure().id());
        }
        if (result.outcome() == ImportOutcome.STORED) {
            remember(result.disclosure().id(), d);
            generation.incrementAndGet();
            tellStored(result.disclosure(), d);
        }
        return result;
    }

    private ImportResult store(Disclosure d, CheckReport report, String sha, String fileName, String companionSha,
                               String companionName, String part, OffsetDateTime readAt, OffsetDateTime checkedAt) {
        DisclosureMetadata m = d.metadata();
        // a document that names no unit is kept apart from every other one, under its file's name
        String unitName = orElse(m.unitName(), orElse(m.departmentName(), "未署名单位（" + fileName + "）"));
        int year = m.year() > 0 ? m.year() : yearInName(fileName);
        String departmentName = orElse(m.departmentName(), unitName);
        long region = idOf("regions", "name = ? AND province = ?",
                "INSERT INTO regions (name, province) VALUES (?, ?) ON CONFLICT DO NOTHING",
                orElse(m.region(), "未注明地区"), orElse(m.province(), ""));
        long department = idOf("departments", "region_id = ? AND name = ?",
                "INSERT INTO departments (region_id, name) VALUES (?, ?) ON CONFLICT DO NOTHING", region, departmentName);
        if (m.departmentCode() != null) {
            jdbc.sql("UPDATE departments SET code = ? WHERE id = ? AND code IS NULL").params(m.departmentCode(), department).update();
        }
        long unit = idOf("units", "department_id = ? AND name = ?",
                "INSERT INTO units (department_id, name) VALUES (?, ?) ON CONFLICT DO NOTHING", department, unitName);
        // one import at a time per unit: versions are numbered without gaps or races
        jdbc.sql("SELECT id FROM units WHERE id = ? FOR UPDATE").param(unit).query(Long.class).single();
        DisclosureKind kind = m.kind() == null ? DisclosureKind.BUDGET : m.kind();
        Optional<Long> same = jdbc.sql("""
                        SELECT id FROM disclosures WHERE unit_id = ? AND year = ? AND kind = ? AND sha256 = ?
                               AND companion_sha256 IS NOT DISTINCT FROM ?""")
                .params(unit, year, kind.name(), sha, companionSha).query(Long.class).optional();
        if (same.isPresent()) {
            return new ImportResult(ImportOutcome.UNCHANGED, fileName, find(same.get()).orElseThrow(), null, companionName);
        }
        int version = jdbc.sql("SELECT COALESCE(MAX(version), 0) + 1 FROM disclosures WHERE unit_id = ? AND year = ? AND kind = ?")
                .params(unit, year, kind.name()).query(Integer.class).single();
        List<Fact> facts = d.facts().facts();
        long id = jdbc.sql("""
                        INSERT INTO disclosures (unit_id, year, kind, level, template, title, version, sha256, file_name, format,
                                                 read_at, checked_at, facts, errors, warnings, notes,
                                                 companion_sha256, companion_file_name, part)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(unit, year, kind.name(), m.level() == null ? null : m.level().name(), d.templateId(), m.title(),
                        version, sha, fileName, d.source() == null ? null : d.source().format(), readAt, checkedAt,
                        facts.size(), (int) report.count(Severity.ERROR), (int) report.count(Severity.WARNING),
                        (int) report.count(Severity.INFO), companionSha, companionName, part)
                .query(Long.class).single();
        template.batchUpdate("""
                        INSERT INTO facts (disclosure_id, function_code, economic_code, government_economic_code, funding_source,
                                           period, spending_type, project, item, amount, amount_unit, label)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", facts, 500, (ps, f) -> {
                    FactKey k = f.key();
                    ps.setLong(1, id);
                    ps.setString(2, k.function());
                    ps.setString(3, k.economic());
                    ps.setString(4, k.governmentEconomic());
                    ps.setString(5, name(k.source()));
                    ps.setString(6, name(k.period()));
                    ps.setString(7, name(k.spending()));
                    ps.setString(8, k.project());
                    ps.setString(9, k.item());
                    ps.setBigDecimal(10, f.amount().value());
                    ps.setString(11, f.amount().unit().name());
                    ps.setString(12, f.label());
                });
        template.batchUpdate("""
                        INSERT INTO findings (disclosure_id, rule_id, severity, category, message, location, table_id, row_label,
                                              column_label, section, sentence, sheet, page, line, cell_column, expected, actual, difference)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", report.findings(), 500, (ps, f) -> {
                    Location l = f.location();
                    SourcePosition p = l.position();
                    ps.setLong(1, id);
                    ps.setString(2, f.ruleId());
                    ps.setString(3, f.severity().name());
                    ps.setString(4, name(f.category()));
                    ps.setString(5, f.message());
                    ps.setString(6, l.describe());
                    ps.setString(7, l.table());
                    ps.setString(8, l.row());
                    ps.setString(9, l.column());
                    ps.setString(10, l.section());
                    ps.setString(11, l.sentence());
                    ps.setString(12, p.sheet());
                    setPositive(ps, 13, p.page());
                    setPositive(ps, 14, p.line());
                    setPositive(ps, 15, p.column());
                    ps.setString(16, f.expected());
                    ps.setString(17, f.actual());
                    ps.setString(18, f.difference());
                });
        return new ImportResult(ImportOutcome.STORED, fileName, find(id).orElseThrow(), null, companionName);
    }

    /** Every stored version, by region, department, unit, year (newest first) and version. */
    public List<StoredDisclosure> list() {
        return jdbc.sql(SELECT + " ORDER BY r.province, r.name, dp.name, u.name, d.year DESC, d.kind, d.version")
                .query(ROW).list();
    }

    /** The stored version with this id. */
    public Optional<StoredDisclosure> find(long id) {
        return jdbc.sql(SELECT + " WHERE d.id = ?").param(id).query(ROW).optional();
    }

    /** How many versions are stored. */
    public long count() {
        return jdbc.sql("SELECT count(*) FROM disclosures").query(Long.class).single();
    }

    /** True when nothing was ever imported: no disclosure, no file, not even an unreadable one. */
    public boolean isEmpty() {
        return jdbc.sql("SELECT NOT EXISTS (SELECT 1 FROM uploads)").query(Boolean.class).single();
    }

    /** The original file of a stored version, exactly as it was received. */
    public Optional<byte[]> original(long id) {
        return jdbc.sql("SELECT o.content FROM disclosures d JOIN originals o ON o.sha256 = d.sha256 WHERE d.id = ?")
                .param(id).query(byte[].class).optional();
    }

    /**
     * The file of a stored version's tables, as received, when they were published apart from its
     * text and stored with it ({@link StoredDisclosure#companionFileName()}); empty otherwise.
     */
    public Optional<byte[]> companionOriginal(long id) {
        return jdbc.sql("SELECT o.content FROM disclosures d JOIN originals o ON o.sha256 = d.companion_sha256 WHERE d.id = ?")
                .param(id).query(byte[].class).optional();
    }

    /**
     * The whole disclosure of a stored version, read again from its original, and from its
     * companion when it has one (the reading is kept for the next request).
     */
    public Optional<Disclosure> disclosure(long id) {
        Disclosure cached = read.get(id);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<StoredDisclosure> s = find(id);
        Optional<byte[]> bytes = original(id);
        if (s.isEmpty() || bytes.isEmpty()) {
            return Optional.empty();
        }
        try {
            Disclosure d = reader.read(bytes.get(), s.get().fileName());
            String companion = s.get().companionFileName();
            if (companion != null) {
                byte[] tables = companionOriginal(id).orElseThrow();
                d = Companions.join(d, reader.read(tables, companion));
            }
            remember(id, d);
            return Optional.of(d);
        } catch (UnreadableInputException e) {
            // it was read when stored: a reader that no longer reads it is a fault of gongkai
            throw new IllegalStateException("已入库的文件 " + s.get().fileName() + " 无法再次读取：" + e.getMessage(), e);
        }
    }

    /** The facts stored for a version, in the order they were read (without their printed places). */
    public List<Fact> facts(long id) {
        return jdbc.sql("""
                SELECT function_code, economic_code, government_economic_code, funding_source, period, spending_type,
                       project, item, amount, amount_unit, label FROM facts WHERE disclosure_id = ? ORDER BY id""")
                .param(id).query((rs, n) -> new Fact(new FactKey(rs.getString(1), rs.getString(2), rs.getString(3),
                        value(FundingSource.class, rs.getString(4)), value(Period.class, rs.getString(5)),
                        value(SpendingType.class, rs.getString(6)), rs.getString(7), rs.getString(8)),
                        Money.of(rs.getBigDecimal(9), MoneyUnit.valueOf(rs.getString(10))), rs.getString(11), List.of()))
                .list();
    }

    /**
     * The findings stored for a version, as the checker gave them: rule id, severity, category,
     * message, place (table, row, column or section and sentence; sheet, page, line and column)
     * and the figures compared (expected, published, difference).
     */
    public List<StoredFinding> findings(long id) {
        return jdbc.sql("""
                SELECT rule_id, severity, category, message, location, table_id, row_label, column_label, section, sentence,
                       sheet, page, line, cell_column, expected, actual, difference
                FROM findings WHERE disclosure_id = ? ORDER BY id""")
                .param(id).query((rs, n) -> new StoredFinding(rs.getString(1), Severity.valueOf(rs.getString(2)),
                        value(Category.class, rs.getString(3)), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                        rs.getObject(12, Integer.class), rs.getObject(13, Integer.class), rs.getObject(14, Integer.class),
                        rs.getString(15), rs.getString(16), rs.getString(17))).list();
    }

    /**
     * Every stored version of the unit that {@code id} is a version of, every year and kind, newest
     * year first (the version itself included); empty when there is no such version.
     */
    public List<StoredDisclosure> ofSameUnit(long id) {
        return jdbc.sql(SELECT + " WHERE d.unit_id = (SELECT unit_id FROM disclosures WHERE id = ?)"
                        + " ORDER BY d.year DESC, d.kind, d.version").param(id).query(ROW).list();
    }

    /** Keeps a reading for the next request; at most 64, so that importing thousands of files holds none of them for long. */
    private void remember(long id, Disclosure d) {
        if (read.size() >= 64) {
            read.clear();
        }
        read.put(id, d);
    }

    /**
     * Changes whenever a new version is stored, by this store at once or by another process (e.g.
     * {@code gongkai import} while the server runs) within about a second: a page that shows a
     * unit's versions, kept in memory, is out of date when this has changed since it was written.
     * Asks the database at most once a second.
     */
    public long generation() {
        long now = System.nanoTime();
        if (now - lookedAt > 1_000_000_000L) {
            lookedAt = now;
            long highest = maxId();
            if (highestSeen >= 0 && highest != highestSeen) {
                generation.incrementAndGet();
            }
            highestSeen = highest;
        }
        return generation.get();
    }

    /** How many imports ended with {@code outcome}, e.g. how many files could not be read. */
    public long uploads(ImportOutcome outcome) {
        return jdbc.sql("SELECT count(*) FROM uploads WHERE outcome = ?").param(outcome.name()).query(Long.class).single();
    }

    /** True when the original with this SHA-256 is kept, whatever became of it. */
    public boolean hasOriginal(String sha256) {
        return jdbc.sql("SELECT count(*) FROM originals WHERE sha256 = ?").param(sha256).query(Long.class).single() > 0;
    }

    /**
     * Calls {@code listener} with each version stored from now on, with its reading, after its
     * transaction (the portal's search index adds it). A listener that fails does not fail the import.
     */
    public void onStored(BiConsumer<StoredDisclosure, Disclosure> listener) {
        storedListeners.add(listener);
    }

    private void tellStored(StoredDisclosure stored, Disclosure d) {
        for (BiConsumer<StoredDisclosure, Disclosure> l : storedListeners) {
            try {
                l.accept(stored, d);
            } catch (RuntimeException e) {
                // the version is stored: whoever listens catches up from the store later
                System.getLogger(DisclosureStore.class.getName()).log(System.Logger.Level.WARNING,
                        "入库通知失败（编号 " + stored.id() + "）：" + e.getMessage(), e);
            }
        }
    }

    /** The highest id stored, 0 when nothing is: ids only grow, so a higher one means something new. */
    public long maxId() {
        return jdbc.sql("SELECT COALESCE(max(id), 0) FROM disclosures").query(Long.class).single();
    }

    /** Every stored version's id, ascending. */
    public List<Long> ids() {
        return jdbc.sql("SELECT id FROM disclosures ORDER BY id").query(Long.class).list();
    }

    /** The versions {@code filter} keeps, ordered as {@link #list()}, {@code limit} of them from {@code offset}. */
    public List<StoredDisclosure> list(DisclosureFilter filter, int offset, int limit) {
        List<Object> params = new java.util.ArrayList<>();
        String where = where(filter, params);
        params.add(limit);
        params.add(offset);
        return jdbc.sql(SELECT + where + " ORDER BY r.province, r.name, dp.name, u.name, d.year DESC, d.kind, d.version, d.id"
                        + " LIMIT ? OFFSET ?").params(params).query(ROW).list();
    }

    /** How many versions {@code filter} keeps. */
    public long count(DisclosureFilter filter) {
        List<Object> params = new java.util.ArrayList<>();
        String where = where(filter, params);
        return jdbc.sql("""
                SELECT count(*) FROM disclosures d JOIN units u ON u.id = d.unit_id JOIN departments dp ON dp.id = u.department_id
                     JOIN regions r ON r.id = dp.region_id""" + where).params(params).query(Long.class).single();
    }

    private static String where(DisclosureFilter f, List<Object> params) {
        StringBuilder w = new StringBuilder();
        if (f.region() != null) {
            w.append(" AND r.name = ?");
            params.add(f.region());
        }
        if (f.department() != null) {
            w.append(" AND dp.name = ?");
            params.add(f.department());
        }
        if (f.unit() != null) {
            w.append(" AND u.name = ?");
            params.add(f.unit());
        }
        if (f.year() != null) {
            w.append(" AND d.year = ?");
            params.add(f.year());
        }
        if (f.kind() != null) {
            w.append(" AND d.kind = ?");
            params.add(f.kind().name());
        }
        return w.isEmpty() ? "" : " WHERE" + w.substring(4);
    }

    /**
     * The first version this content is the whole of, or one of the two files of: not a version
     * it is stored as one half of on its own (its other half may come now).
     */
    private Optional<StoredDisclosure> wholeBySha256(String sha) {
        return jdbc.sql(SELECT + " WHERE (d.sha256 = ? OR d.companion_sha256 = ?) AND d.part IS NULL ORDER BY d.id LIMIT 1")
                .params(sha, sha).query(ROW).optional();
    }

    private void recordUpload(long upload, ImportOutcome outcome, String message, Long disclosure) {
        jdbc.sql("UPDATE uploads SET outcome = ?, message = ?, disclosure_id = ? WHERE id = ?")
                .params(outcome.name(), message, disclosure, upload).update();
    }

    private long idOf(String table, String where, String insert, Object a, Object b) {
        jdbc.sql(insert).params(a, b).update();
        return jdbc.sql("SELECT id FROM " + table + " WHERE " + where).params(a, b).query(Long.class).single();
    }

    private static StoredDisclosure row(ResultSet rs, int n) throws SQLException {
        return new StoredDisclosure(rs.getLong("id"), rs.getString("region"), rs.getString("province"),
                rs.getString("department"), rs.getString("unit"), rs.getInt("year"),
                DisclosureKind.valueOf(rs.getString("kind")), rs.getString("level"), rs.getString("template"),
                rs.getString("title"), rs.getInt("version"), rs.getString("sha256"), rs.getString("file_name"),
                rs.getObject("imported_at", OffsetDateTime.class), rs.getInt("facts"), rs.getInt("errors"),
                rs.getInt("warnings"), rs.getInt("notes"), rs.getString("companion_file_name"));
    }

    private static void setPositive(java.sql.PreparedStatement ps, int i, int v) throws SQLException {
        if (v > 0) {
            ps.setInt(i, v);
        } else {
            ps.setNull(i, Types.INTEGER);
        }
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    private static <E extends Enum<E>> E value(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    private static String orElse(String s, String otherwise) {
        return s == null || s.isBlank() ? otherwise : s.strip();
    }

    /**
     * The fiscal year a file's name gives, for a document that does not state it: "万里街道办事处2023年部门预算.pdf"
     * gives 2023; 0 when the name has no year.
     */
    static int yearInName(String fileName) {
        java.util.regex.Matcher y = java.util.regex.Pattern.compile("(20\\d\\d)年").matcher(fileName);
        return y.find() ? Integer.parseInt(y.group(1)) : 0;
    }

    /** Hex SHA-256 of {@code bytes}. */
}
