package org.gongkai.core.template;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gongkai.core.model.ClassificationKind;
import org.gongkai.core.model.DisclosureKind;
import org.gongkai.core.model.DisclosureLevel;
import org.gongkai.core.model.EntryRole;
import org.gongkai.core.model.FundingSource;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.model.Period;
import org.gongkai.core.model.SpendingType;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Reads a template file: YAML parsed by snakeyaml-engine, mapped field by field onto the
 * template records. Strict: an unknown key (a typo) or a value of the wrong kind is refused with
 * the file's name and the key's path, e.g. "tables[2].blocks[0].colums: 未知的字段".
 */
final class TemplateYaml {

    private final String file;

    private TemplateYaml(String file) {
        this.file = file;
    }

    static Template read(InputStream yaml, String file) {
        Object root;
        try {
            root = new Load(LoadSettings.builder().setLabel(file).build()).loadFromInputStream(yaml);
        } catch (YamlEngineException e) {
            throw new IllegalArgumentException("模板文件 " + file + " 不是合法的 YAML：" + e.getMessage(), e);
        }
        return new TemplateYaml(file).template(map(root, file, ""));
    }

    private Template template(Map<String, Object> m) {
        allow(m, "", "id", "name", "region", "kind", "level", "unit", "numbering", "emptyNote", "sections", "tables",
                "figures", "classFigures", "performanceTargets");
        List<TableTemplate> tables = new ArrayList<>();
        List<Object> list = list(m.get("tables"), "tables");
        for (int i = 0; i < list.size(); i++) {
            tables.add(table(map(list.get(i), file, "tables[" + i + "]"), "tables[" + i + "]"));
        }
        return new Template(string(m, "id", ""), string(m, "name", ""), string(m, "region", ""),
                enumOf(DisclosureKind.class, m.get("kind"), "kind"), enumOf(DisclosureLevel.class, m.get("level"), "level"),
                enumOf(MoneyUnit.class, m.get("unit"), "unit"), strings(m.get("numbering"), "numbering"),
                string(m, "emptyNote", ""), strings(m.get("sections"), "sections"), tables, figures(m), classFigures(m),
                bool(m, "performanceTargets", ""));
    }

    private List<NamedFigure> figures(Map<String, Object> m) {
        List<NamedFigure> out = new ArrayList<>();
        List<Object> list = list(m.get("figures"), "figures");
        for (int i = 0; i < list.size(); i++) {
            String p = "figures[" + i + "]";
            Map<String, Object> f = map(list.get(i), file, p);
            allow(f, p, "names", "table", "block", "row", "column");
            out.add(new NamedFigure(strings(f.get("names"), p + ".names"), required(f, "table", p), required(f, "block", p),
                    required(f, "row", p), required(f, "column", p)));
        }
        return out;
    }

    private List<ClassFigures> classFigures(Map<String, Object> m) {
        List<ClassFigures> out = new ArrayList<>();
        List<Object> list = list(m.get("classFigures"), "classFigures");
        for (int i = 0; i < list.size(); i++) {
            String p = "classFigures[" + i + "]";
            Map<String, Object> f = map(list.get(i), file, p);
            allow(f, p, "table", "columns");
            out.add(new ClassFigures(required(f, "table", p), strings(f.get("columns"), p + ".columns")));
        }
        return out;
    }

    private String required(Map<String, Object> m, String key, String path) {
        Object v = m.get(key);
        if (v == null) {
            throw wrong(path + "." + key, "缺少此字段");
        }
        return String.valueOf(v);
    }

    private TableTemplate table(Map<String, Object> m, String path) {
        allow(m, path, "id", "number", "title", "aliases", "optional", "blocks");
        List<BlockTemplate> blocks = new ArrayList<>();
        List<Object> list = list(m.get("blocks"), path + ".blocks");
        for (int i = 0; i < list.size(); i++) {
            String p = path + ".blocks[" + i + "]";
            blocks.add(block(map(list.get(i), file, p), p));
        }
        return new TableTemplate(string(m, "id", path), integer(m, "number", path, 0), string(m, "title", path),
                strings(m.get("aliases"), path + ".aliases"), bool(m, "optional", path), blocks);
    }

    private BlockTemplate block(Map<String, Object> m, String path) {
        allow(m, path, "id", "rows", "keyColumn", "nameColumn", "classification", "facts", "dims", "columns", "lines");
        List<ColumnTemplate> columns = new ArrayList<>();
        List<Object> cl = list(m.get("columns"), path + ".columns");
        for (int i = 0; i < cl.size(); i++) {
            String p = path + ".columns[" + i + "]";
            columns.add(column(map(cl.get(i), file, p), p));
        }
        List<LineTemplate> lines = new ArrayList<>();
        List<Object> ll = m.containsKey("lines") ? list(m.get("lines"), path + ".lines") : List.of();
        for (int i = 0; i < ll.size(); i++) {
            String p = path + ".lines[" + i + "]";
            lines.add(line(map(ll.get(i), file, p), p));
        }
        return new BlockTemplate(string(m, "id", path), enumOf(RowKind.class, m.get("rows"), path + ".rows"),
                integer(m, "keyColumn", path, 0), integer(m, "nameColumn", path, -1),
                m.containsKey("classification") ? enumOf(ClassificationKind.class, m.get("classification"), path + ".classification") : null,
                bool(m, "facts", path), dims(m.get("dims"), path + ".dims"), columns, lines);
    }

    private ColumnTemplate column(Map<String, Object> m, String path) {
        allow(m, path, "id", "label", "headers", "column", "dims", "sumOf");
        return new ColumnTemplate(string(m, "id", path), string(m, "label", path), strings(m.get("headers"), path + ".headers"),
                integer(m, "column", path, -1), dims(m.get("dims"), path + ".dims"), strings(m.get("sumOf"), path + ".sumOf"));
    }

    private LineTemplate line(Map<String, Object> m, String path) {
        allow(m, path, "id", "label", "aliases", "role", "dims", "sumOf", "optional", "at");
        Map<String, Integer> at = new LinkedHashMap<>();
        if (m.get("at") != null) {
            for (Map.Entry<String, Object> e : map(m.get("at"), file, path + ".at").entrySet()) {
                if (!(e.getValue() instanceof Integer v)) {
                    throw wrong(path + ".at." + e.getKey(), "应为整数");
                }
                at.put(e.getKey(), v);
            }
        }
        return new LineTemplate(string(m, "id", path), string(m, "label", path), strings(m.get("aliases"), path + ".aliases"),
                m.containsKey("role") ? enumOf(EntryRole.class, m.get("role"), path + ".role") : null,
                dims(m.get("dims"), path + ".dims"), strings(m.get("sumOf"), path + ".sumOf"), bool(m, "optional", path), at);
    }

    private Dimensions dims(Object o, String path) {
        if (o == null) {
            return null;
        }
        Map<String, Object> m = map(o, file, path);
        allow(m, path, "sources", "period", "spending", "item", "economic");
        List<FundingSource> sources = new ArrayList<>();
        for (String s : strings(m.get("sources"), path + ".sources")) {
            sources.add(enumOf(FundingSource.class, s, path + ".sources"));
        }
        return new Dimensions(sources,
                m.containsKey("period") ? enumOf(Period.class, m.get("period"), path + ".period") : null,
                m.containsKey("spending") ? enumOf(SpendingType.class, m.get("spending"), path + ".spending") : null,
                m.containsKey("item") ? String.valueOf(m.get("item")) : null,
                m.containsKey("economic") ? String.valueOf(m.get("economic")) : null);
    }

    // ---------------------------------------------------------------- values

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o, String file, String path) {
        if (!(o instanceof Map<?, ?> m)) {
            throw new IllegalArgumentException("模板文件 " + file + " 格式有误：" + (path.isEmpty() ? "文件" : path) + " 应为映射（key: value）");
        }
        return (Map<String, Object>) m;
    }

    @SuppressWarnings("unchecked")
    private List<Object> list(Object o, String path) {
        if (o == null) {
            return List.of();
        }
        if (!(o instanceof List<?> l)) {
            throw wrong(path, "应为列表");
        }
        return (List<Object>) l;
    }

    private List<String> strings(Object o, String path) {
        List<String> out = new ArrayList<>();
        for (Object x : list(o, path)) {
            out.add(String.valueOf(x));
        }
        return out;
    }

    private String string(Map<String, Object> m, String key, String path) {
        Object v = m.get(key);
        return v == null ? null : String.valueOf(v);
    }

    private int integer(Map<String, Object> m, String key, String path, int absent) {
        Object v = m.get(key);
        if (v == null) {
            return absent;
        }
        if (!(v instanceof Integer i)) {
            throw wrong(path + "." + key, "应为整数");
        }
        return i;
    }

    private boolean bool(Map<String, Object> m, String key, String path) {
        Object v = m.get(key);
        if (v == null) {
            return false;
        }
        if (!(v instanceof Boolean b)) {
            throw wrong(path + "." + key, "应为 true 或 false");
        }
        return b;
    }

    private <E extends Enum<E>> E enumOf(Class<E> type, Object v, String path) {
        if (v == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, String.valueOf(v));
        } catch (IllegalArgumentException e) {
            throw wrong(path, "取值“" + v + "”无效，可用：" + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    private void allow(Map<String, Object> m, String path, String... keys) {
        Set<String> known = Set.of(keys);
        for (String k : m.keySet()) {
            if (!known.contains(k)) {
                throw wrong(path.isEmpty() ? k : path + "." + k, "未知的字段");
            }
        }
    }

    private IllegalArgumentException wrong(String path, String what) {
        return new IllegalArgumentException("模板文件 " + file + " 格式有误：" + path + " " + what);
    }
}
