package org.gongkai.core.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A classification's codes with their hierarchy, loaded from CSV, and the edition they come from.
 * Lists may be partial: a code missing from the tree is unknown, not wrong.
 *
 * <p>CSV columns (header required, extra columns ignored): {@code code,name[,level,parent_code,
 * years_seen,doc_count,name_variants]}. {@code name_variants} lists other printed names as
 * {@code name(years;count)} separated by {@code ;} outside the parentheses.
 * Example: {@code 2080101,行政运行,3,20801,2024,1,}.
 */
public final class CodeTree {

    private final ClassificationKind kind;
    private final String edition;
    private final boolean complete;
    private final Map<String, ClassificationCode> byCode;
    private final Map<String, List<ClassificationCode>> byName;
    private final Map<String, Integer> lastSeen;

    private CodeTree(ClassificationKind kind, String edition, boolean complete, Map<String, ClassificationCode> codes,
                     Map<String, Integer> lastSeen) {
        this.kind = kind;
        this.edition = edition;
        this.complete = complete;
        this.byCode = Collections.unmodifiableMap(codes);
        Map<String, List<ClassificationCode>> names = new LinkedHashMap<>();
        for (ClassificationCode c : codes.values()) {
            names.computeIfAbsent(c.name(), k -> new ArrayList<>()).add(c);
            for (String a : c.aliases()) {
                names.computeIfAbsent(a, k -> new ArrayList<>()).add(c);
            }
        }
        this.byName = names;
        this.lastSeen = Map.copyOf(lastSeen);
    }

    /** A tree of the given codes. */
    public static CodeTree of(ClassificationKind kind, String edition, boolean complete, Collection<ClassificationCode> codes) {
        Map<String, ClassificationCode> m = new LinkedHashMap<>();
        for (ClassificationCode c : codes) {
            m.merge(c.code(), c, CodeTree::mergeNames);
        }
        return new CodeTree(kind, edition, complete, m, Map.of());
    }

    /**
     * Reads a CSV list. {@code complete} says whether the list claims to hold every code of its
     * edition (a user-supplied national list) or only codes seen somewhere (the bundled lists).
     */
    public static CodeTree load(InputStream csv, ClassificationKind kind, String edition, boolean complete) {
        List<ClassificationCode> codes = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            String header = r.readLine();
            if (header == null) {
                return of(kind, edition, complete, codes);
            }
            List<String> cols = splitCsv(stripBom(header));
            int code = cols.indexOf("code");
            int name = cols.indexOf("name");
            int variants = cols.indexOf("name_variants");
            int years = cols.indexOf("years_seen");
            if (code < 0 || name < 0) {
                throw new IllegalArgumentException("分类代码表缺少 code 或 name 列：" + header);
            }
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                List<String> f = splitCsv(line);
                if (f.size() <= Math.max(code, name)) {
                    continue;
                }
                List<String> aliases = variants >= 0 && variants < f.size() ? variantNames(f.get(variants)) : List.of();
                codes.add(new ClassificationCode(kind, f.get(code).strip(), f.get(name).strip(), aliases));
                if (years >= 0 && years < f.size()) {
                    int last = 0;
                    for (String y : f.get(years).split("/")) {
                        if (y.strip().matches("\\d{4}")) {
                            last = Math.max(last, Integer.parseInt(y.strip()));
                        }
                    }
                    seen.put(f.get(code).strip(), last);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CodeTree t = of(kind, edition, complete, codes);
        return new CodeTree(kind, edition, complete, new LinkedHashMap<>(t.byCode), seen);
    }

    /** This tree and {@code other}'s codes, the names of both kept. */
    public CodeTree merge(CodeTree other) {
        Map<String, ClassificationCode> m = new LinkedHashMap<>(byCode);
        for (ClassificationCode c : other.byCode.values()) {
            m.merge(c.code(), c, CodeTree::mergeNames);
        }
        String ed = edition.equals(other.edition) ? edition : edition + " + " + other.edition;
        Map<String, Integer> seen = new LinkedHashMap<>(lastSeen);
        other.lastSeen.forEach((k, v) -> seen.merge(k, v, Math::max));
        return new CodeTree(kind, ed, complete || other.complete, m, seen);
    }

    private static ClassificationCode mergeNames(ClassificationCode a, ClassificationCode b) {
        List<String> aliases = new ArrayList<>(a.aliases());
        if (!a.name().equals(b.name()) && !aliases.contains(b.name())) {
            aliases.add(b.name());
        }
        for (String x : b.aliases()) {
            if (!x.equals(a.name()) && !aliases.contains(x)) {
                aliases.add(x);
            }
        }
        return new ClassificationCode(a.kind(), a.code(), a.name(), aliases);
    }

    public ClassificationKind kind() {
        return kind;
    }

    /** Where the codes come from, e.g. "observed 2017-2026 (partial)". */
    public String edition() {
        return edition;
    }

    /** True only for a list that claims every code of its edition. */
    public boolean isComplete() {
        return complete;
    }

    public Optional<ClassificationCode> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** Codes printed with this name (a name can belong to several codes: 行政运行 is under many 款). */
    public List<ClassificationCode> findByName(String name) {
        return byName.getOrDefault(name, List.of());
    }

    /**
     * The code with this name at {@code level}: a code whose current name it is wins over one it
     * was an older or variant name of; between several, the one printed most recently (lists
     * record the years a code was seen), else none.
     */
    public Optional<ClassificationCode> findByName(String name, int level) {
        List<ClassificationCode> named = findByName(name);
        if (named.isEmpty()) {
            return Optional.empty();
        }
        Optional<ClassificationCode> byCurrentName = pick(named, name, level, true);
        if (byCurrentName != null) {
            return byCurrentName;
        }
        Optional<ClassificationCode> byOtherName = pick(named, name, level, false);
        return byOtherName != null ? byOtherName : Optional.empty();
    }

    /**
     * Among the codes at {@code level} whose current name is (or, when {@code current} is false,
     * is not) {@code name}: the one printed most recently; empty on a tie; null when there is none.
     */
    private Optional<ClassificationCode> pick(List<ClassificationCode> named, String name, int level, boolean current) {
        ClassificationCode found = null;
        boolean tie = false;
        for (ClassificationCode c : named) {
            if (c.level() != level || c.name().equals(name) != current) {
                continue;
            }
            if (found == null) {
                found = c;
            } else if (!found.code().equals(c.code())) {
                int a = lastSeen.getOrDefault(found.code(), 0);
                int b = lastSeen.getOrDefault(c.code(), 0);
                if (b > a) {
                    found = c;
                    tie = false;
                } else if (b == a) {
                    tie = true;
                }
            }
        }
        return found == null ? null : tie ? Optional.empty() : Optional.of(found);
    }

    public List<ClassificationCode> children(String code) {
        List<ClassificationCode> out = new ArrayList<>();
        for (ClassificationCode c : byCode.values()) {
            if (c.parentCode().equals(code)) {
                out.add(c);
            }
        }
        return out;
    }

    public Collection<ClassificationCode> codes() {
        return byCode.values();
    }

    public int size() {
        return byCode.size();
    }

    static List<String> variantNames(String field) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '(') {
                if (depth == 0 && cur.length() > 0) {
                    out.add(cur.toString().strip());
                    cur.setLength(0);
                }
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && c != ';') {
                cur.append(c);
            }
        }
        if (cur.length() > 0 && !cur.toString().isBlank()) {
            out.add(cur.toString().strip());
        }
        return out;
    }

    private static String stripBom(String s) {
        return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
    }

    /** Splits one CSV line; double quotes may wrap a field that holds commas. */
    static List<String> splitCsv(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
