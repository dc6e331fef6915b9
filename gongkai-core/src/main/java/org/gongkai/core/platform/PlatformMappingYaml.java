package org.gongkai.core.platform;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gongkai.core.model.MoneyUnit;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Reads a mapping file: YAML parsed by snakeyaml-engine, field by field, strictly: an unknown key
 * (a typo) or a value of the wrong kind is refused with the file's name and the key's path, e.g.
 * "映射文件 shanxi-yitihua-2024.yaml 格式有误：sheets[2].blocks[0].colums 未知的字段".
 */
final class PlatformMappingYaml {

    private final String file;

    private PlatformMappingYaml(String file) {
        this.file = file;
    }

    static PlatformMapping read(InputStream yaml, String file) {
        Object root;
        try {
            root = new Load(LoadSettings.builder().setLabel(file).build()).loadFromInputStream(yaml);
        } catch (YamlEngineException e) {
            throw new IllegalArgumentException("映射文件 " + file + " 不是合法的 YAML：" + e.getMessage(), e);
        }
        PlatformMappingYaml y = new PlatformMappingYaml(file);
        return y.mapping(y.map(root, ""));
    }

    private PlatformMapping mapping(Map<String, Object> m) {
        allow(m, "", "id", "name", "template", "unit", "unitNameLabels", "skip", "sheets");
        List<PlatformMapping.Sheet> sheets = new ArrayList<>();
        List<Object> list = list(m.get("sheets"), "sheets");
        for (int i = 0; i < list.size(); i++) {
            sheets.add(sheet(map(list.get(i), "sheets[" + i + "]"), "sheets[" + i + "]"));
        }
        if (sheets.isEmpty()) {
            throw wrong("sheets", "至少应有一张工作表");
        }
        MoneyUnit unit = m.containsKey("unit") ? unit(m.get("unit"), "unit") : MoneyUnit.YUAN;
        List<String> labels = m.containsKey("unitNameLabels") ? strings(m.get("unitNameLabels"), "unitNameLabels") : List.of("单位名称");
        return new PlatformMapping(required(m, "id", ""), required(m, "name", ""), required(m, "template", ""), unit, labels,
                strings(m.get("skip"), "skip"), sheets);
    }

    private PlatformMapping.Sheet sheet(Map<String, Object> m, String path) {
        allow(m, path, "table", "names", "required", "header", "skip", "unit", "blocks");
        List<String> find = List.of();
        int rows = 1;
        if (m.get("header") != null) {
            Map<String, Object> h = map(m.get("header"), path + ".header");
            allow(h, path + ".header", "find", "rows");
            find = strings(h.get("find"), path + ".header.find");
            if (h.get("rows") != null) {
                if (!(h.get("rows") instanceof Integer n) || n < 1) {
                    throw wrong(path + ".header.rows", "应为正整数");
                }
                rows = n;
            }
        }
        List<String> names = strings(m.get("names"), path + ".names");
        if (names.isEmpty()) {
            throw wrong(path + ".names", "至少应有一个工作表名称");
        }
        List<PlatformMapping.Block> blocks = new ArrayList<>();
        List<Object> list = list(m.get("blocks"), path + ".blocks");
        for (int i = 0; i < list.size(); i++) {
            String p = path + ".blocks[" + i + "]";
            blocks.add(block(map(list.get(i), p), p));
        }
        if (blocks.isEmpty()) {
            throw wrong(path + ".blocks", "至少应有一个块");
        }
        Object req = m.get("required");
        if (req != null && !(req instanceof Boolean)) {
            throw wrong(path + ".required", "应为 true 或 false");
        }
        return new PlatformMapping.Sheet(required(m, "table", path), names, Boolean.TRUE.equals(req), find, rows,
                strings(m.get("skip"), path + ".skip"), m.containsKey("unit") ? unit(m.get("unit"), path + ".unit") : null, blocks);
    }

    private PlatformMapping.Block block(Map<String, Object> m, String path) {
        allow(m, path, "block", "key", "name", "columns", "lines");
        List<String> key = strings(m.get("key"), path + ".key");
        if (key.isEmpty()) {
            throw wrong(path + ".key", "缺少此字段");
        }
        return new PlatformMapping.Block(required(m, "block", path), key, strings(m.get("name"), path + ".name"),
                labelsById(m.get("columns"), path + ".columns"), labelsById(m.get("lines"), path + ".lines"));
    }

    /** {id: [label, …]} or {id: label}. */
    private Map<String, List<String>> labelsById(Object o, String path) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (o == null) {
            return out;
        }
        for (Map.Entry<String, Object> e : map(o, path).entrySet()) {
            Object v = e.getValue();
            out.put(e.getKey(), v instanceof List<?> ? strings(v, path + "." + e.getKey()) : List.of(String.valueOf(v)));
        }
        return out;
    }

    // ---------------------------------------------------------------- values

    @SuppressWarnings("unchecked")
    private Map<String, Object> map(Object o, String path) {
        if (!(o instanceof Map<?, ?> m)) {
            throw wrong(path.isEmpty() ? "文件" : path, "应为映射（key: value）");
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

    private String required(Map<String, Object> m, String key, String path) {
        Object v = m.get(key);
        if (v == null) {
            throw wrong(path.isEmpty() ? key : path + "." + key, "缺少此字段");
        }
        return String.valueOf(v);
    }

    private MoneyUnit unit(Object v, String path) {
        String s = String.valueOf(v);
        for (MoneyUnit u : MoneyUnit.values()) {
            if (u.name().equals(s) || u.label().equals(s)) {
                return u;
            }
        }
        throw wrong(path, "取值“" + s + "”无效，可用：YUAN（元）、WAN_YUAN（万元）");
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
        return new IllegalArgumentException("映射文件 " + file + " 格式有误：" + path + " " + what);
    }
}
