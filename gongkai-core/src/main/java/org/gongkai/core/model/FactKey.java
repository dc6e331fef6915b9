package org.gongkai.core.model;

/**
 * The dimensions an amount is about. A null dimension means "all of it": the fact is not broken
 * down that way. Codes are used where the classification knows the printed name; otherwise the
 * name as printed stands in.
 * Example: function "2080101", source GENERAL_BUDGET, period CURRENT, spending BASIC: 133.70 万元.
 *
 * @param function   支出功能分类 code, e.g. "2080101"
 * @param economic   部门预算支出经济分类 code, e.g. "30101"
 * @param governmentEconomic 政府预算支出经济分类 code, e.g. "50101"
 * @param source     funding source
 * @param period     current year or carry-over
 * @param spending   basic (personnel, public), project, reserve
 * @param project    the project's name, e.g. "2024年全民意外伤害保险"
 * @param item       a named line outside the classifications, e.g. "公务接待费" in 表十
 */
public record FactKey(String function, String economic, String governmentEconomic, FundingSource source,
                      Period period, SpendingType spending, String project, String item) {

    public static final FactKey ALL = new FactKey(null, null, null, null, null, null, null, null);

    public FactKey withFunction(String v) {
        return new FactKey(v, economic, governmentEconomic, source, period, spending, project, item);
    }

    public FactKey withEconomic(String v) {
        return new FactKey(function, v, governmentEconomic, source, period, spending, project, item);
    }

    public FactKey withGovernmentEconomic(String v) {
        return new FactKey(function, economic, v, source, period, spending, project, item);
    }

    public FactKey withSource(FundingSource v) {
        return new FactKey(function, economic, governmentEconomic, v, period, spending, project, item);
    }

    public FactKey withPeriod(Period v) {
        return new FactKey(function, economic, governmentEconomic, source, v, spending, project, item);
    }

    public FactKey withSpending(SpendingType v) {
        return new FactKey(function, economic, governmentEconomic, source, period, v, project, item);
    }

    public FactKey withProject(String v) {
        return new FactKey(function, economic, governmentEconomic, source, period, spending, v, item);
    }

    public FactKey withItem(String v) {
        return new FactKey(function, economic, governmentEconomic, source, period, spending, project, v);
    }

    /** Which dimensions are set, as a bit mask: the fact's grain. */
    public int grain() {
        int g = 0;
        if (function != null) g |= 1;
        if (economic != null) g |= 2;
        if (governmentEconomic != null) g |= 4;
        if (source != null) g |= 8;
        if (period != null) g |= 16;
        if (spending != null) g |= 32;
        if (project != null) g |= 64;
        if (item != null) g |= 128;
        return g;
    }

    /**
     * True when a fact with this key is part of what {@code query} asks for: every dimension the
     * query sets is set here to the same value, or (for a code) to a code under it, or (for the
     * spending type) to a type it includes.
     */
    public boolean within(FactKey query) {
        return codeWithin(function, query.function)
                && codeWithin(economic, query.economic)
                && codeWithin(governmentEconomic, query.governmentEconomic)
                && (query.source == null || query.source == source)
                && (query.period == null || query.period == period)
                && (query.spending == null || (spending != null && query.spending.includes(spending)))
                && (query.project == null || query.project.equals(project))
                && (query.item == null || query.item.equals(item));
    }

    private static boolean codeWithin(String code, String query) {
        return query == null || (code != null && code.startsWith(query));
    }

    /*
     * Written out rather than left to the record's generated methods: facts are kept and looked
     * up by key in hash maps on every read and check, and the generated versions go through a
     * chain of method handles that costs several times these few comparisons.
     */
    @Override
    public boolean equals(Object o) {
        return o == this || (o instanceof FactKey k
                && source == k.source && period == k.period && spending == k.spending
                && java.util.Objects.equals(function, k.function)
                && java.util.Objects.equals(economic, k.economic)
                && java.util.Objects.equals(governmentEconomic, k.governmentEconomic)
                && java.util.Objects.equals(project, k.project)
                && java.util.Objects.equals(item, k.item));
    }

    @Override
    public int hashCode() {
        int h = java.util.Objects.hashCode(function);
        h = 31 * h + java.util.Objects.hashCode(economic);
        h = 31 * h + java.util.Objects.hashCode(governmentEconomic);
        h = 31 * h + java.util.Objects.hashCode(source);
        h = 31 * h + java.util.Objects.hashCode(period);
        h = 31 * h + java.util.Objects.hashCode(spending);
        h = 31 * h + java.util.Objects.hashCode(project);
        return 31 * h + java.util.Objects.hashCode(item);
    }
}
