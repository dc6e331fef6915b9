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
import org.gongkai.core.check.prose.LeftoverRule;
import org.gongkai.core.check.prose.NamedAmountRule;
import org.gongkai.core.check.prose.PercentSignRule;
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
}
