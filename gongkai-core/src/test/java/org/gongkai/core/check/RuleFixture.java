package org.gongkai.core.check;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.core.SharedFixtures;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.read.DisclosureReader;
import org.gongkai.core.read.UnreadableInputException;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * A rule's fixtures, from {@code rules/<ID>.yaml} on the test class path: documents on which the
 * rule must pass, documents on which it must fail, and optionally ones where it must say it does
 * not apply. Each document is the reference document with edits, so a fixture shows the kind of
 * mistake made (or mended) in a real document:
 *
 * <pre>
 * rule: PROSE-002
 * pass:
 *   - name: 机关运行经费的降幅改对
 *     edits: [{find: "减少比例0.08%", replace: "减少比例8.11%"}]
 * fail:
 *   - name: 收入降幅写错
 *     edits: [{find: "下降24.93%", replace: "下降23.93%"}]
 *     expect: {contains: "23.93%"}
 * </pre>
 *
 * A case may start from another document with {@code base}: a real PDF under
 * {@code ../shared/fixtures/real}, e.g. {@code base: shanghai/上海市普陀区万里街道办事处2023年部门预算.pdf}, read
 * and written out as text ({@link SharedFixtures#realAsText}), for rules of a table set the
 * reference document does not use.
 *
 * An edit is {@code find}/{@code replace} (the text must occur exactly once, or {@code all: true}
 * for every occurrence) or {@code regex}/{@code replace} (must match at least once; multiline, and
 * {@code .} matches line ends; {@code $1} or {@code ${1}} in the replacement is a group).
 * {@code expect} may give {@code count} (findings at the rule's severity), {@code contains} (a
 * message must contain it) and {@code severity} (ERROR, WARNING, INFO; default the rule's).
 */
record RuleFixture(String ruleId, List<Case> pass, List<Case> fail, List<Case> notApplicable) {

    /**
     * One document: the reference document, or {@code base} when given, with {@code edits}, and
     * what the rule must say about it.
     */
    record Case(String name, String base, List<Map<String, Object>> edits, Map<String, Object> expect) {

        Case(String name, List<Map<String, Object>> edits, Map<String, Object> expect) {
            this(name, null, edits, expect);
        }

        private static final Pattern GROUP = Pattern.compile("\\$\\{(\\d)}|\\$(\\d)");

        /** The document's text with the edits made; a failed edit is an error in the fixture. */
        String text() {
            String t = base == null ? SharedFixtures.seedText() : SharedFixtures.realAsText(base);
            for (Map<String, Object> e : edits) {
                String replace = String.valueOf(e.getOrDefault("replace", ""));
                if (e.containsKey("find")) {
                    String find = String.valueOf(e.get("find"));
                    int n = count(t, find);
                    boolean all = Boolean.TRUE.equals(e.get("all"));
                    if (n == 0 || (n > 1 && !all)) {
                        throw new IllegalStateException("“" + name + "”：要替换的“" + find + "”在" + document() + "中出现 " + n + " 次（应恰好 1 次，或写 all: true）");
                    }
                    t = t.replace(find, replace);
                } else if (e.containsKey("regex")) {
                    Matcher m = Pattern.compile(String.valueOf(e.get("regex")), Pattern.MULTILINE | Pattern.DOTALL).matcher(t);
                    StringBuilder b = new StringBuilder();
                    int last = 0;
                    boolean any = false;
                    while (m.find()) {
                        any = true;
                        b.append(t, last, m.start()).append(groups(replace, m));
                        last = m.end();
                    }
                    if (!any) {
                        throw new IllegalStateException("“" + name + "”：正则“" + e.get("regex") + "”在" + document() + "中没有匹配");
                    }
                    t = b.append(t.substring(last)).toString();
                } else {
                    throw new IllegalStateException("“" + name + "”：修改应写 find 或 regex：" + e);
                }
            }
            return t;
        }

        private String document() {
            return base == null ? "参考文件" : "“" + base + "”";
        }

        Disclosure read() {
            try {
                return DisclosureReader.withBundledTemplates().read(text().getBytes(StandardCharsets.UTF_8), name + ".txt");
            } catch (UnreadableInputException e) {
                throw new IllegalStateException(e);
            }
        }

        /** The replacement with {@code $1} or {@code ${1}} standing for the groups matched; nothing else is special. */
        private static String groups(String replace, Matcher m) {
            Matcher g = GROUP.matcher(replace);
            StringBuilder b = new StringBuilder();
            int last = 0;
            while (g.find()) {
                String n = g.group(1) != null ? g.group(1) : g.group(2);
                b.append(replace, last, g.start()).append(m.group(Integer.parseInt(n)));
                last = g.end();
            }
            return b.append(replace.substring(last)).toString();
        }

        private static int count(String t, String s) {
            int n = 0;
            for (int i = t.indexOf(s); i >= 0; i = t.indexOf(s, i + 1)) {
                n++;
            }
            return n;
        }
    }

    /** The fixture of {@code ruleId}, if there is one. */
    static Optional<RuleFixture> of(String ruleId) {
        try (InputStream in = RuleFixture.class.getResourceAsStream("/rules/" + ruleId + ".yaml")) {
            if (in == null) {
                return Optional.empty();
            }
            Object root = new Load(LoadSettings.builder().setLabel(ruleId + ".yaml").build()).loadFromInputStream(in);
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) root;
            return Optional.of(new RuleFixture(String.valueOf(m.get("rule")), cases(m.get("pass")), cases(m.get("fail")),
                    cases(m.get("notApplicable"))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Case> cases(Object o) {
        List<Case> out = new ArrayList<>();
        if (o == null) {
            return out;
        }
        for (Object x : (List<Object>) o) {
            Map<String, Object> c = (Map<String, Object>) x;
            List<Map<String, Object>> edits = c.get("edits") == null ? List.of() : (List<Map<String, Object>>) c.get("edits");
            Map<String, Object> expect = c.get("expect") == null ? Map.of() : (Map<String, Object>) c.get("expect");
            out.add(new Case(String.valueOf(c.get("name")), c.get("base") == null ? null : String.valueOf(c.get("base")), edits, expect));
        }
        return out;
    }
}
