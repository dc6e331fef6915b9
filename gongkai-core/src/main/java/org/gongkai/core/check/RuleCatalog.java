package org.gongkai.core.check;

import java.util.List;

import org.gongkai.core.check.catalogue.CodeFormRule;
import org.gongkai.core.check.catalogue.LevelRule;
import org.gongkai.core.check.catalogue.NameRule;
import org.gongkai.core.check.catalogue.OneNameRule;
import org.gongkai.core.check.catalogue.ParentRule;
import org.gongkai.core.check.catalogue.StraySpaceRule;
import org.gongkai.core.check.document.EmptyNoteRule;
import org.gongkai.core.check.document.GovernmentLevelRule;
import org.gongkai.core.check.document.LevelWordingRule;
import org.gongkai.core.check.document.MoneyUnitRule;
import org.gongkai.core.check.document.NumberingRule;
import org.gongkai.core.check.document.PunctuationRule;
import org.gongkai.core.check.document.RepeatedWordRule;
import org.gongkai.core.check.document.SectionsRule;
import org.gongkai.core.check.document.TablesPresentRule;
import org.gongkai.core.check.document.UnitNameRule;
import org.gongkai.core.check.document.YearRule;
import org.gongkai.core.check.prose.BreakdownRule;
import org.gongkai.core.check.prose.ChangeAmountRule;
import org.gongkai.core.check.prose.ChangeRule;
import org.gongkai.core.check.prose.ClassNameInProseRule;
import org.gongkai.core.check.prose.ComparisonYearRule;
import org.gongkai.core.check.prose.DirectionRule;
import org.gongkai.core.check.prose.GrowthFromZeroRule;
import org.gongkai.core.check.prose.IncreaseWithinAmountRule;
import org.gongkai.core.check.prose.ItemAmountRule;
import org.gongkai.core.check.prose.LeftoverRule;
import org.gongkai.core.check.prose.NamedAmountRule;
import org.gongkai.core.check.prose.PercentSignRule;
import org.gongkai.core.check.prose.PlaceholderRule;
import org.gongkai.core.check.prose.QuantityBreakdownRule;
import org.gongkai.core.check.prose.ReasonRule;
import org.gongkai.core.check.prose.SameQuantityRule;
import org.gongkai.core.check.prose.ShareRule;
import org.gongkai.core.check.table.BalanceRule;
import org.gongkai.core.check.table.BasicSpendingRule;
import org.gongkai.core.check.table.ClassNameRule;
import org.gongkai.core.check.table.CodeHierarchyRule;
import org.gongkai.core.check.table.FactConflictRule;
import org.gongkai.core.check.table.FiscalPartRule;
import org.gongkai.core.check.table.FundBudgetRule;
import org.gongkai.core.check.table.GeneralBudgetRule;
import org.gongkai.core.check.table.HierarchySumRule;
import org.gongkai.core.check.table.IncomeVersusSpendingRule;
import org.gongkai.core.check.table.LineSumRule;
import org.gongkai.core.check.table.OperatingCostsRule;
import org.gongkai.core.check.table.ProjectsRule;
import org.gongkai.core.check.table.RowSumRule;
import org.gongkai.core.check.table.SourcesAgreeRule;
import org.gongkai.core.check.table.SummaryVersusDetailRule;
import org.gongkai.core.check.table.TemplateIdentityRule;
import org.gongkai.core.check.table.ThreePublicRule;
import org.gongkai.core.check.target.DepartmentCodeRule;
import org.gongkai.core.check.target.DuplicateIndicatorRule;
import org.gongkai.core.check.target.FilledDateRule;
import org.gongkai.core.check.target.FundsBySourceRule;
import org.gongkai.core.check.target.IndicatorGroupsRule;
import org.gongkai.core.check.target.IndicatorsAgreeRule;
import org.gongkai.core.check.target.PeriodsAgreeRule;
import org.gongkai.core.check.target.TargetForEveryProjectRule;
import org.gongkai.core.check.target.TargetMoneyRule;

/**
 * Every rule gongkai has, in catalogue order. A new rule is added here; the catalogue test fails
 * on a rule without its passing and failing fixtures, a duplicate ID, or an unfilled placeholder,
 * and docs/rules.md is generated from this list.
 */
public final class RuleCatalog {

    private RuleCatalog() {
    }

    public static List<Rule> rules() {
        return List.of(
                new RowSumRule(),
                new HierarchySumRule(),
                new LineSumRule(),
                new BalanceRule(),
                new SummaryVersusDetailRule(),
                new IncomeVersusSpendingRule(),
                new SourcesAgreeRule(),
                new FiscalPartRule(),
                new GeneralBudgetRule(),
                new BasicSpendingRule(),
                new FundBudgetRule(),
                new ThreePublicRule(),
                new OperatingCostsRule(),
                new ProjectsRule(),
                new FactConflictRule(),
                new ClassNameRule(),
                new CodeHierarchyRule(),
                new TemplateIdentityRule(),
                new ShareRule(),
                new ChangeRule(),
                new ChangeAmountRule(),
                new DirectionRule(),
                new ComparisonYearRule(),
                new SameQuantityRule(),
                new NamedAmountRule(),
                new ClassNameInProseRule(),
                new LeftoverRule(),
                new ReasonRule(),
                new GrowthFromZeroRule(),
                new PercentSignRule(),
                new BreakdownRule(),
                new PlaceholderRule(),
                new IncreaseWithinAmountRule(),
                new QuantityBreakdownRule(),
                new ItemAmountRule(),
                new TargetForEveryProjectRule(),
                new TargetMoneyRule(),
                new FundsBySourceRule(),
                new PeriodsAgreeRule(),
                new IndicatorGroupsRule(),
                new DuplicateIndicatorRule(),
                new FilledDateRule(),
                new IndicatorsAgreeRule(),
                new DepartmentCodeRule(),
                new CodeFormRule(),
                new LevelRule(),
                new ParentRule(),
                new NameRule(),
                new OneNameRule(),
                new StraySpaceRule(),
                new TablesPresentRule(),
                new EmptyNoteRule(),
                new NumberingRule(),
                new LevelWordingRule(),
                new UnitNameRule(),
                new MoneyUnitRule(),
                new PunctuationRule(),
                new SectionsRule(),
                new GovernmentLevelRule(),
                new RepeatedWordRule(),
                new YearRule());
    }

    /**
     * The catalogue as Markdown, for docs/rules.md: every rule with its ID, severity, category,
     * what it checks and its message. A test keeps the file equal to this.
     */
    public static String markdown() {
        StringBuilder b = new StringBuilder();
        b.append("# 规则目录\n\n")
                .append("本文件由代码生成（`RuleCatalog.markdown()`），请勿手改；改了规则后运行 `./dev rules-doc` 重新生成。\n\n")
                .append("每条规则检查一类错误，在任何文件中都适用，而不是某一份文件的答案。每条规则都有通过和不通过的样例")
                .append("（`gongkai-core/src/test/resources/rules/<编号>.yaml`，参考文件加上修改；其他表样的规则用 fixtures/real 中的真实文件加上修改），目录测试逐一核对。\n\n")
                .append("- **严重程度**：错误（阻止发布）、警告（发布前应查看）、提示（仅供参考，如四舍五入造成的差额）。")
                .append("规则的严重程度是它最高会报告的程度；差额在各数独立四舍五入所允许的范围之内时，一律降为提示。\n")
                .append("- **检查记录**：每次检查，每条规则都记为“已检查”“不适用”（写明条件）或“无法检查”（写明原因）；")
                .append("未运行的规则从不算作通过。\n")
                .append("- **编号**：族（TBL 报表、PROSE 情况说明、PERF 绩效目标、CAT 购买服务目录、DOC 文件）加三位数字，")
                .append("编号一经使用不再改作他用（TBL-003 未使用）。\n\n");
        List<Rule> rules = rules();
        for (RuleFamily family : RuleFamily.values()) {
            List<Rule> of = rules.stream().filter(r -> family.holds(r.spec().id())).toList();
            b.append("## ").append(family.name()).append(" ").append(family.label()).append("（").append(of.size()).append("条）\n\n");
            b.append("| 编号 | 规则 | 严重程度 | 类别 |\n|---|---|---|---|\n");
            for (Rule r : of) {
                RuleSpec s = r.spec();
                b.append("| [").append(s.id()).append("](#").append(s.id().toLowerCase(java.util.Locale.ROOT)).append(") | ")
                        .append(s.title()).append(" | ").append(s.severity().label()).append(" | ").append(s.category().label()).append(" |\n");
            }
            b.append('\n');
            for (Rule r : of) {
                RuleSpec s = r.spec();
                b.append("### ").append(s.id()).append("\n\n**").append(s.title()).append("**（").append(s.severity().label())
                        .append("，").append(s.category().label()).append("）\n\n").append(s.description()).append("\n\n")
                        .append("消息模板：`").append(s.message()).append("`\n\n");
            }
        }
        return b.toString();
    }
}
