package org.gongkai.core.template;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.core.model.ClassificationKind;
import org.gongkai.core.model.DisclosureKind;
import org.gongkai.core.model.DisclosureLevel;
import org.gongkai.core.model.EntryRole;
import org.gongkai.core.model.FundingSource;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.model.Period;
import org.gongkai.core.model.SpendingType;

/**
 * Reads a template file: YAML parsed by snakeyaml-engine, mapped field by field onto the
 * template records. Strict: an unknown key (a typo) or a value of the wrong kind is refused with
 * the file's name and the key's path, e.g. "tables[2].blocks[0].colums: 未知的字段".
 */
final class TemplateYaml {

    private final YamlFields y;

    private TemplateYaml(String file) {
        this.y = new YamlFields("模板文件", file);
    }

    static Template read(InputStream yaml, String file) {
        TemplateYaml t = new TemplateYaml(file);
        return t.template(t.y.map(t.y.load(yaml), ""));
    }

    private Template template(Map<String, Object> m) {
        y.allow(m, "", "id", "name", "region", "kind", "level", "unit", "numbering", "emptyNote", "sections", "tables",
                "figures", "classFigures", "identities", "performanceTargets");
        List<TableTemplate> tables = new ArrayList<>();
        List<Object> list = y.list(m.get("tables"), "tables");
        for (int i = 0; i < list.size(); i++) {
            tables.add(table(y.map(list.get(i), "tables[" + i + "]"), "tables[" + i + "]"));
        }
        return new Template(y.string(m, "id"), y.string(m, "name"), y.string(m, "region"),
                y.enumOf(DisclosureKind.class, m.get("kind"), "kind"), y.enumOf(DisclosureLevel.class, m.get("level"), "level"),
                y.enumOf(MoneyUnit.class, m.get("unit"), "unit"), y.strings(m.get("numbering"), "numbering"),
                y.string(m, "emptyNote"), y.strings(m.get("sections"), "sections"), tables, figures(m), classFigures(m),
                identities(m, tables), y.bool(m, "performanceTargets", ""));
    }

    private List<NamedFigure> figures(Map<String, Object> m) {
        List<NamedFigure> out = new ArrayList<>();
        List<Object> list = y.list(m.get("figures"), "figures");
        for (int i = 0; i < list.size(); i++) {
            String p = "figures[" + i + "]";
            Map<String, Object> f = y.map(list.get(i), p);
            y.allow(f, p, "names", "table", "block", "row", "column");
            out.add(new NamedFigure(y.strings(f.get("names"), p + ".names"), y.required(f, "table", p), y.required(f, "block", p),
                    y.required(f, "row", p), y.required(f, "column", p)));
        }
        return out;
    }

    private List<ClassFigures> classFigures(Map<String, Object> m) {
        List<ClassFigures> out = new ArrayList<>();
        List<Object> list = y.list(m.get("classFigures"), "classFigures");
        for (int i = 0; i < list.size(); i++) {
            String p = "classFigures[" + i + "]";
            Map<String, Object> f = y.map(list.get(i), p);
            y.allow(f, p, "table", "columns");
            out.add(new ClassFigures(y.required(f, "table", p), y.strings(f.get("columns"), p + ".columns")));
        }
        return out;
    }

    private List<CrossTableIdentity> identities(Map<String, Object> m, List<TableTemplate> tables) {
        List<CrossTableIdentity> out = new ArrayList<>();
        List<Object> list = y.list(m.get("identities"), "identities");
        for (int i = 0; i < list.size(); i++) {
            String p = "identities[" + i + "]";
            Map<String, Object> f = y.map(list.get(i), p);
            y.allow(f, p, "cell", "equals");
            CellRef cell = cell(y.required(f, "cell", p), tables, p + ".cell");
            List<CellRef> terms = new ArrayList<>();
            List<String> written = y.strings(f.get("equals"), p + ".equals");
            if (written.isEmpty()) {
                throw y.wrong(p + ".equals", "缺少此字段：应列出与之相等的一个或几个数");
            }
            for (int k = 0; k < written.size(); k++) {
                terms.add(cell(written.get(k), tables, p + ".equals[" + k + "]"));
            }
            out.add(new CrossTableIdentity(cell, terms));
        }
        return out;
    }

    /**
     * "T3/main/合计/basic" as a {@link CellRef}, refused unless the table, block and column are
     * the set's own and the block has such a row ({@link #rowOf}).
     */
    private CellRef cell(String written, List<TableTemplate> tables, String path) {
        String[] parts = written.split("/", -1);
        if (parts.length != 4) {
            throw y.wrong(path, "“" + written + "”应写作 表/区块/行/列，例如 T3/main/合计/basic");
        }
        CellRef c = new CellRef(parts[0], parts[1], parts[2], parts[3]);
        TableTemplate t = tables.stream().filter(x -> x.id().equals(c.table())).findFirst()
                .orElseThrow(() -> y.wrong(path, "没有表“" + c.table() + "”"));
        BlockTemplate b = t.block(c.block()).orElseThrow(() -> y.wrong(path, "表 " + c.table() + " 没有区块“" + c.block() + "”"));
        if (b.column(c.column()).isEmpty()) {
            throw y.wrong(path, "表 " + c.table() + " 的区块 " + c.block() + " 没有列“" + c.column() + "”");
        }
        if (!rowOf(b, c.row())) {
            throw y.wrong(path, "表 " + c.table() + " 的区块 " + c.block() + " 没有行“" + c.row() + "”（" + rowsOf(b) + "）");
        }
        return c;
    }

    /**
     * Whether the block has a row keyed {@code row}, as the reader keys them: one of its lines,
     * a 类 code of a block of classes, a code or 合计 of a block of codes, "total" of a single row,
     * 合计 of any other.
     */
    private static boolean rowOf(BlockTemplate b, String row) {
        boolean code = !row.isEmpty() && row.chars().allMatch(ch -> ch >= '0' && ch <= '9');
        if (!b.lines().isEmpty()) {
            return b.line(row).isPresent() || (b.rows() == RowKind.FUNCTION_CLASSES && code && row.length() == 3);
        }
        return switch (b.rows()) {
            case CODES -> code || row.equals("合计");
            case SINGLE_ROW -> row.equals("total");
            default -> row.equals("合计");
        };
    }

    /** What {@link #rowOf} accepts, for the message. */
    private static String rowsOf(BlockTemplate b) {
        if (!b.lines().isEmpty()) {
            return "可用：" + String.join("、", b.lines().stream().map(LineTemplate::id).toList());
        }
        return switch (b.rows()) {
            case CODES -> "可用：合计或科目编码";
            case SINGLE_ROW -> "可用：total";
            default -> "可用：合计";
        };
    }

    private TableTemplate table(Map<String, Object> m, String path) {
        y.allow(m, path, "id", "number", "title", "aliases", "optional", "blocks", "unit");
        List<BlockTemplate> blocks = new ArrayList<>();
        List<Object> list = y.list(m.get("blocks"), path + ".blocks");
        for (int i = 0; i < list.size(); i++) {
            String p = path + ".blocks[" + i + "]";
            blocks.add(block(y.map(list.get(i), p), p));
        }
        return new TableTemplate(y.string(m, "id"), y.integer(m, "number", path, 0), y.string(m, "title"),
                y.strings(m.get("aliases"), path + ".aliases"), y.bool(m, "optional", path), blocks,
                m.containsKey("unit") ? y.enumOf(MoneyUnit.class, m.get("unit"), path + ".unit") : null);
    }

    private BlockTemplate block(Map<String, Object> m, String path) {
        y.allow(m, path, "id", "rows", "keyColumn", "nameColumn", "classification", "facts", "dims", "columns", "lines");
        List<ColumnTemplate> columns = new ArrayList<>();
        List<Object> cl = y.list(m.get("columns"), path + ".columns");
        for (int i = 0; i < cl.size(); i++) {
            String p = path + ".columns[" + i + "]";
            columns.add(column(y.map(cl.get(i), p), p));
        }
        List<LineTemplate> lines = new ArrayList<>();
        List<Object> ll = m.containsKey("lines") ? y.list(m.get("lines"), path + ".lines") : List.of();
        for (int i = 0; i < ll.size(); i++) {
            String p = path + ".lines[" + i + "]";
            lines.add(line(y.map(ll.get(i), p), p));
        }
        return new BlockTemplate(y.string(m, "id"), y.enumOf(RowKind.class, m.get("rows"), path + ".rows"),
                y.integer(m, "keyColumn", path, 0), y.integer(m, "nameColumn", path, -1),
                m.containsKey("classification") ? y.enumOf(ClassificationKind.class, m.get("classification"), path + ".classification") : null,
                y.bool(m, "facts", path), dims(m.get("dims"), path + ".dims"), columns, lines);
    }

    private ColumnTemplate column(Map<String, Object> m, String path) {
        y.allow(m, path, "id", "label", "headers", "column", "dims", "sumOf");
        return new ColumnTemplate(y.string(m, "id"), y.string(m, "label"), y.strings(m.get("headers"), path + ".headers"),
                y.integer(m, "column", path, -1), dims(m.get("dims"), path + ".dims"), y.strings(m.get("sumOf"), path + ".sumOf"));
    }

    private LineTemplate line(Map<String, Object> m, String path) {
        y.allow(m, path, "id", "label", "aliases", "role", "dims", "sumOf", "optional", "at");
        Map<String, Integer> at = new LinkedHashMap<>();
        if (m.get("at") != null) {
            for (Map.Entry<String, Object> e : y.map(m.get("at"), path + ".at").entrySet()) {
                if (!(e.getValue() instanceof Integer v)) {
                    throw y.wrong(path + ".at." + e.getKey(), "应为整数");
                }
                at.put(e.getKey(), v);
            }
        }
        return new LineTemplate(y.string(m, "id"), y.string(m, "label"), y.strings(m.get("aliases"), path + ".aliases"),
                m.containsKey("role") ? y.enumOf(EntryRole.class, m.get("role"), path + ".role") : null,
                dims(m.get("dims"), path + ".dims"), y.strings(m.get("sumOf"), path + ".sumOf"), y.bool(m, "optional", path), at);
    }

    private Dimensions dims(Object o, String path) {
        if (o == null) {
            return null;
        }
        Map<String, Object> m = y.map(o, path);
        y.allow(m, path, "sources", "period", "spending", "item", "economic");
        List<FundingSource> sources = new ArrayList<>();
        for (String s : y.strings(m.get("sources"), path + ".sources")) {
            sources.add(y.enumOf(FundingSource.class, s, path + ".sources"));
        }
        return new Dimensions(sources,
                m.containsKey("period") ? y.enumOf(Period.class, m.get("period"), path + ".period") : null,
                m.containsKey("spending") ? y.enumOf(SpendingType.class, m.get("spending"), path + ".spending") : null,
                m.containsKey("item") ? String.valueOf(m.get("item")) : null,
                m.containsKey("economic") ? String.valueOf(m.get("economic")) : null);
    }
}
