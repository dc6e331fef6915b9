package org.gongkai.core.template;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * The fields of one data file in YAML (a template, a platform mapping), read strictly: every
 * wrong shape, missing field or unknown key is one message naming the file and the field's path.
 * Example: {@code new YamlFields("映射文件", "x.yaml").allow(m, "sheets[0].blocks[0]", "block", "key")} on a
 * block with "colums" throws "映射文件 x.yaml 格式有误：sheets[0].blocks[0].colums 未知的字段".
 */
public final class YamlFields {

    private final String kind;
    private final String file;

    /** Fields of {@code file}, a {@code kind} ("模板文件", "映射文件") as messages call it. */
    public YamlFields(String kind, String file) {
        this.kind = kind;
        this.file = file;
    }

    /** The document's root, or a message saying the file is not YAML. */
    public Object load(InputStream yaml) {
        try {
            return new Load(LoadSettings.builder().setLabel(file).build()).loadFromInputStream(yaml);
        } catch (YamlEngineException e) {
            throw new IllegalArgumentException(kind + " " + file + " 不是合法的 YAML：" + e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> map(Object o, String path) {
        if (!(o instanceof Map<?, ?> m)) {
            throw wrong(path.isEmpty() ? "文件" : path, "应为映射（key: value）");
        }
        return (Map<String, Object>) m;
    }

    /** The list at {@code path}, empty when absent. */
    @SuppressWarnings("unchecked")
    public List<Object> list(Object o, String path) {
        if (o == null) {
            return List.of();
        }
        if (!(o instanceof List<?> l)) {
            throw wrong(path, "应为列表");
        }
        return (List<Object>) l;
    }

    /** The list at {@code path} as strings, empty when absent. */
    public List<String> strings(Object o, String path) {
        List<String> out = new ArrayList<>();
        for (Object x : list(o, path)) {
            out.add(String.valueOf(x));
        }
        return out;
    }

    /** The value of {@code key} as a string, null when absent. */
    public String string(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v == null ? null : String.valueOf(v);
    }

    /** The value of {@code key} as a string; a message when absent. */
    public String required(Map<String, Object> m, String key, String path) {
        Object v = m.get(key);
        if (v == null) {
            throw wrong(path.isEmpty() ? key : path + "." + key, "缺少此字段");
        }
        return String.valueOf(v);
    }

    /** The whole number at {@code key}, {@code absent} when there is none. */
    public int integer(Map<String, Object> m, String key, String path, int absent) {
        Object v = m.get(key);
        if (v == null) {
            return absent;
        }
        if (!(v instanceof Integer i)) {
            throw wrong(path + "." + key, "应为整数");
        }
        return i;
    }

    /** The flag at {@code key}, false when absent. */
    public boolean bool(Map<String, Object> m, String key, String path) {
        Object v = m.get(key);
        if (v == null) {
            return false;
        }
        if (!(v instanceof Boolean b)) {
            throw wrong(path + "." + key, "应为 true 或 false");
        }
        return b;
    }

    /** The constant of {@code type} named {@code v}, null when absent. */
    public <E extends Enum<E>> E enumOf(Class<E> type, Object v, String path) {
        if (v == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, String.valueOf(v));
        } catch (IllegalArgumentException e) {
            throw wrong(path, "取值“" + v + "”无效，可用：" + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    /** Refuses a key of {@code m} that is not one of {@code keys}: a typo must not be silently ignored. */
    public void allow(Map<String, Object> m, String path, String... keys) {
        Set<String> known = Set.of(keys);
        for (String k : m.keySet()) {
            if (!known.contains(k)) {
                throw wrong(path.isEmpty() ? k : path + "." + k, "未知的字段");
            }
        }
    }

    /** The message for what is wrong at {@code path}. */
    public IllegalArgumentException wrong(String path, String what) {
        return new IllegalArgumentException(kind + " " + file + " 格式有误：" + path + " " + what);
    }
}
