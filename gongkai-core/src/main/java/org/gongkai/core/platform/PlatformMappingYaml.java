package org.gongkai.core.platform;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.template.YamlFields;

/**
 * Reads a mapping file: YAML parsed by snakeyaml-engine, field by field, strictly: an unknown key
 * (a typo) or a value of the wrong kind is refused with the file's name and the key's path, e.g.
 * "映射文件 shanxi-yitihua-2024.yaml 格式有误：sheets[2].blocks[0].colums 未知的字段".
 */
final class PlatformMappingYaml {

    private final YamlFields y;

    private PlatformMappingYaml(String file) {
        this.y = new YamlFields("映射文件", file);
    }

    static PlatformMapping read(InputStream yaml, String file) {
        PlatformMappingYaml r = new PlatformMappingYaml(file);
        return r.mapping(r.y.map(r.y.load(yaml), ""));
    }

    private PlatformMapping mapping(Map<String, Object> m) {
        y.allow(m, "", "id", "name", "template", "unit", "unitNameLabels", "skip", "sheets");
        List<PlatformMapping.Sheet> sheets = new ArrayList<>();
        List<Object> list = y.list(m.get("sheets"), "sheets");
        for (int i = 0; i < list.size(); i++) {
            sheets.add(sheet(y.map(list.get(i), "sheets[" + i + "]"), "sheets[" + i + "]"));
        }
        if (sheets.isEmpty()) {
            throw y.wrong("sheets", "至少应有一张工作表");
        }
        MoneyUnit unit = m.containsKey("unit") ? unit(m.get("unit"), "unit") : MoneyUnit.YUAN;
        List<String> labels = m.containsKey("unitNameLabels") ? y.strings(m.get("unitNameLabels"), "unitNameLabels") : List.of("单位名称");
        return new PlatformMapping(y.required(m, "id", ""), y.required(m, "name", ""), y.required(m, "template", ""), unit, labels,
                y.strings(m.get("skip"), "skip"), sheets);
    }

    private PlatformMapping.Sheet sheet(Map<String, Object> m, String path) {
        y.allow(m, path, "table", "names", "required", "header", "skip", "unit", "blocks");
        List<String> find = List.of();
        int rows = 1;
        if (m.get("header") != null) {
            Map<String, Object> h = y.map(m.get("header"), path + ".header");
            y.allow(h, path + ".header", "find", "rows");
            find = y.strings(h.get("find"), path + ".header.find");
            if (h.get("rows") != null) {
                if (!(h.get("rows") instanceof Integer n) || n < 1) {
                    throw y.wrong(path + ".header.rows", "应为正整数");
                }
                rows = n;
            }
        }
        List<String> names = y.strings(m.get("names"), path + ".names");
        if (names.isEmpty()) {
            throw y.wrong(path + ".names", "至少应有一个工作表名称");
        }
        List<PlatformMapping.Block> blocks = new ArrayList<>();
        List<Object> list = y.list(m.get("blocks"), path + ".blocks");
        for (int i = 0; i < list.size(); i++) {
            String p = path + ".blocks[" + i + "]";
            blocks.add(block(y.map(list.get(i), p), p));
        }
        if (blocks.isEmpty()) {
            throw y.wrong(path + ".blocks", "至少应有一个块");
        }
        Object req = m.get("required");
        if (req != null && !(req instanceof Boolean)) {
            throw y.wrong(path + ".required", "应为 true 或 false");
        }
        return new PlatformMapping.Sheet(y.required(m, "table", path), names, Boolean.TRUE.equals(req), find, rows,
                y.strings(m.get("skip"), path + ".skip"), m.containsKey("unit") ? unit(m.get("unit"), path + ".unit") : null, blocks);
    }

    private PlatformMapping.Block block(Map<String, Object> m, String path) {
        y.allow(m, path, "block", "key", "name", "columns", "lines");
        List<String> key = y.strings(m.get("key"), path + ".key");
        if (key.isEmpty()) {
            throw y.wrong(path + ".key", "缺少此字段");
        }
        return new PlatformMapping.Block(y.required(m, "block", path), key, y.strings(m.get("name"), path + ".name"),
                labelsById(m.get("columns"), path + ".columns"), labelsById(m.get("lines"), path + ".lines"));
    }

    /** {id: [label, …]} or {id: label}. */
    private Map<String, List<String>> labelsById(Object o, String path) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (o == null) {
            return out;
        }
        for (Map.Entry<String, Object> e : y.map(o, path).entrySet()) {
            Object v = e.getValue();
            out.put(e.getKey(), v instanceof List<?> ? y.strings(v, path + "." + e.getKey()) : List.of(String.valueOf(v)));
        }
        return out;
    }

    // ---------------------------------------------------------------- values

    private MoneyUnit unit(Object v, String path) {
        String s = String.valueOf(v);
        for (MoneyUnit u : MoneyUnit.values()) {
            if (u.name().equals(s) || u.label().equals(s)) {
                return u;
            }
        }
        throw y.wrong(path, "取值“" + s + "”无效，可用：YUAN（元）、WAN_YUAN（万元）");
    }
}
