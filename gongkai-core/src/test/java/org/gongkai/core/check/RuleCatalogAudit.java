package org.gongkai.core.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What the catalogue test demands of every rule: a well-formed declaration (ID of a known family,
 * in the family's package, never used twice; title, message and description), a fixture with at
 * least one passing and one failing document, and on those documents the rule doing what the
 * fixture says, every placeholder of its message filled. Returns the problems found, in Chinese.
 */
final class RuleCatalogAudit {

    private static final Pattern ID = Pattern.compile("(TBL|PROSE|PERF|CAT|DOC)-\\d{3}");
    private static final Map<String, String> PACKAGES = Map.of("TBL", "table", "PROSE", "prose", "PERF", "target",
            "CAT", "catalogue", "DOC", "document");

    private RuleCatalogAudit() {
    }

    static List<String> problems(List<Rule> rules, Function<String, Optional<RuleFixture>> fixtures) {
        List<String> out = new ArrayList<>();
        Map<String, String> ids = new HashMap<>();
        for (Rule rule : rules) {
            RuleSpec spec;
            try {
                spec = rule.spec();
            } catch (IllegalStateException e) {
                out.add(rule.getClass().getSimpleName() + " 没有 @RuleSpec 声明");
                continue;
            }
            String id = spec.id();
            String before = ids.putIfAbsent(id, rule.getClass().getSimpleName());
            if (before != null) {
                out.add(id + " 重复：" + before + " 和 " + rule.getClass().getSimpleName());
            }
            if (!ID.matcher(id).matches()) {
                out.add(id + " 不是“族-三位数字”的编号（族：TBL、PROSE、PERF、CAT、DOC）");
            } else {
                String family = id.substring(0, id.indexOf('-'));
                String pkg = rule.getClass().getPackageName();
                if (!pkg.endsWith("." + PACKAGES.get(family))) {
                    out.add(id + " 的类 " + rule.getClass().getName() + " 不在 check." + PACKAGES.get(family) + " 包中");
                }
            }
            if (spec.title().isBlank() || spec.message().isBlank() || spec.description().isBlank()) {
                out.add(id + " 的标题、消息或说明为空");
            }
            Optional<RuleFixture> f = fixtures.apply(id);
            if (f.isEmpty()) {
                out.add(id + " 没有样例文件 rules/" + id + ".yaml");
                continue;
            }
            if (!id.equals(f.get().ruleId())) {
                out.add(id + " 的样例文件写的是 " + f.get().ruleId());
            }
            if (f.get().pass().isEmpty()) {
                out.add(id + " 没有通过的样例（pass）");
            }
            if (f.get().fail().isEmpty()) {
                out.add(id + " 没有不通过的样例（fail）");
            }
            Set<String> filled = new HashSet<>();
            for (RuleFixture.Case c : f.get().pass()) {
                verdict(rule, c, Expectation.PASS, filled).ifPresent(out::add);
            }
            for (RuleFixture.Case c : f.get().fail()) {
                verdict(rule, c, Expectation.FAIL, filled).ifPresent(out::add);
            }
            for (RuleFixture.Case c : f.get().notApplicable()) {
                verdict(rule, c, Expectation.NOT_APPLICABLE, filled).ifPresent(out::add);
            }
            for (String p : MessageTemplate.placeholders(spec.message())) {
                if (!filled.contains(p) && !f.get().fail().isEmpty()) {
                    out.add(id + " 的消息占位符 {" + p + "} 在不通过的样例中从未填写");
                }
            }
        }
        return out;
    }

    enum Expectation { PASS, FAIL, NOT_APPLICABLE }

    /**
     * What is wrong with the rule's run on one fixture document, if anything. {@code filled}
     * collects the placeholders the findings filled.
     */
    static Optional<String> verdict(Rule rule, RuleFixture.Case c, Expectation want, Set<String> filled) {
        RuleSpec spec = rule.spec();
        String where = spec.id() + "「" + c.name() + "」：";
        CheckReport r;
        try {
            r = new Checker(List.of(rule)).check(c.read());
        } catch (IllegalStateException e) {
            return Optional.of(where + "样例有误：" + e.getMessage());
        }
        LedgerEntry l = r.ledger(spec.id());
        for (Finding f : r.findings()) {
            filled.addAll(f.values().keySet());
            if (f.message().contains("{") && f.message().matches(".*\\{[a-zA-Z]+}.*")) {
                return Optional.of(where + "消息中留有未填的占位符：" + f.message());
            }
        }
        if (want == Expectation.NOT_APPLICABLE) {
            return l.outcome() == Outcome.NOT_APPLICABLE ? Optional.empty()
                    : Optional.of(where + "应为“不适用”，实为" + l.outcome().label());
        }
        if (l.outcome() != Outcome.RAN) {
            return Optional.of(where + "规则没有运行（" + l.outcome().label() + "：" + l.reason() + "）");
        }
        Severity severity = c.expect().containsKey("severity") ? Severity.valueOf(String.valueOf(c.expect().get("severity"))) : spec.severity();
        List<Finding> at = r.findings().stream().filter(f -> f.severity() == severity).toList();
        if (want == Expectation.PASS) {
            List<Finding> serious = r.findings().stream().filter(f -> f.severity() != Severity.INFO).toList();
            return serious.isEmpty() ? Optional.empty()
                    : Optional.of(where + "应通过，却报告了 " + serious.size() + " 项，如：" + serious.get(0).message());
        }
        if (at.isEmpty()) {
            return Optional.of(where + "应报告" + severity.label() + "，却没有" + (r.findings().isEmpty() ? "任何发现"
                    : "（只有：" + r.findings().get(0).severity().label() + " " + r.findings().get(0).message() + "）"));
        }
        Object count = c.expect().get("count");
        if (count != null && at.size() != ((Number) count).intValue()) {
            return Optional.of(where + "应报告 " + count + " 项" + severity.label() + "，实为 " + at.size() + " 项");
        }
        Object contains = c.expect().get("contains");
        if (contains != null && at.stream().noneMatch(f -> f.message().contains(String.valueOf(contains)))) {
            return Optional.of(where + "没有一项消息含“" + contains + "”；第一项是：" + at.get(0).message());
        }
        return Optional.empty();
    }
}
