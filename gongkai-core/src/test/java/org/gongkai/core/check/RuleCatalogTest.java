package org.gongkai.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.gongkai.core.model.Disclosure;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The rule catalogue holds: every rule is declared, numbered once, has a passing and a failing
 * fixture and behaves on them as its fixture says, with every placeholder filled. The audit itself
 * is tested on a catalogue that breaks each of these.
 */
class RuleCatalogTest {

    @Test
    void everyRuleIsDeclaredNumberedOnceAndHasFixturesItHonours() {
        assertThat(RuleCatalogAudit.problems(RuleCatalog.rules(), RuleFixture::of)).isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> eachFixtureDocument() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Rule rule : RuleCatalog.rules()) {
            RuleFixture f = RuleFixture.of(rule.spec().id()).orElse(null);
            if (f == null) {
                continue; // reported by the audit
            }
            add(tests, rule, f.pass(), RuleCatalogAudit.Expectation.PASS);
            add(tests, rule, f.fail(), RuleCatalogAudit.Expectation.FAIL);
            add(tests, rule, f.notApplicable(), RuleCatalogAudit.Expectation.NOT_APPLICABLE);
        }
        return tests.stream();
    }

    private static void add(List<DynamicTest> tests, Rule rule, List<RuleFixture.Case> cases, RuleCatalogAudit.Expectation want) {
        for (RuleFixture.Case c : cases) {
            tests.add(DynamicTest.dynamicTest(rule.spec().id() + " " + want + "：" + c.name(),
                    () -> assertThat(RuleCatalogAudit.verdict(rule, c, want, new HashSet<>())).isEmpty()));
        }
    }

    @Test
    void theAuditCatchesARuleWithoutFixturesADuplicateIdAndAnUnfilledPlaceholder() {
        List<Rule> broken = List.of(new NoFixture(), new Duplicate(), new Duplicate(), new Unfilled());
        RuleFixture fixture = new RuleFixture("DOC-998", List.of(new RuleFixture.Case("原样", List.of(), Map.of())),
                List.of(new RuleFixture.Case("原样", List.of(), Map.of())), List.of());
        List<String> problems = RuleCatalogAudit.problems(broken,
                id -> id.equals("DOC-997") ? Optional.empty() : Optional.of(new RuleFixture(id, fixture.pass(), fixture.fail(), List.of())));
        assertThat(problems).anyMatch(p -> p.contains("DOC-997") && p.contains("没有样例文件"));
        assertThat(problems).anyMatch(p -> p.contains("DOC-998") && p.contains("重复"));
        assertThat(problems).anyMatch(p -> p.contains("DOC-999") && p.contains("{missing}"));
        assertThat(problems).anyMatch(p -> p.contains("不在 check.document 包中"));
    }

    @Test
    void theAuditFindsNothingWrongWithAWellMadeRule() {
        RuleFixture fixture = new RuleFixture("DOC-996", List.of(), List.of(new RuleFixture.Case("原样", List.of(), Map.of())), List.of());
        List<String> problems = RuleCatalogAudit.problems(List.of(new org.gongkai.core.check.document.WellMadeRule()), id -> Optional.of(fixture));
        assertThat(problems).containsExactly("DOC-996 没有通过的样例（pass）");
    }

    @RuleSpec(id = "DOC-997", severity = Severity.WARNING, category = Category.FORMAT, title = "无样例", message = "无", description = "测试用")
    static final class NoFixture implements Rule {
        @Override
        public void check(Disclosure d, RuleRun run) {
        }
    }

    @RuleSpec(id = "DOC-998", severity = Severity.WARNING, category = Category.FORMAT, title = "重复", message = "重复", description = "测试用")
    static final class Duplicate implements Rule {
        @Override
        public void check(Disclosure d, RuleRun run) {
        }
    }

    @RuleSpec(id = "DOC-999", severity = Severity.WARNING, category = Category.FORMAT, title = "漏填", message = "{unit}{missing}", description = "测试用")
    static final class Unfilled implements Rule {
        @Override
        public void check(Disclosure d, RuleRun run) {
            run.report(Severity.WARNING, Location.at(null), null, null, null, "unit", "x");
        }
    }
}
