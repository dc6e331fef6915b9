package org.gongkai.app.serve;

import org.gongkai.core.model.Fact;
import org.gongkai.core.model.FactKey;

/**
 * One fact as {@code GET /api/disclosures/{id}/facts} gives it: its key's dimensions (null where it
 * is not broken down that way), the amount as an exact decimal string, its unit and its label.
 * Example: {@code {"function":"2080101","economic":null,"governmentEconomic":null,"source":"GENERAL_BUDGET",
 * "period":"CURRENT","spending":"BASIC","project":null,"item":null,"amount":"133.70","unit":"万元",
 * "unitCode":"WAN_YUAN","label":"行政运行"}}.
 *
 * @param function           支出功能分类 code, e.g. "2080101"
 * @param economic           部门预算支出经济分类 code, e.g. "30101"
 * @param governmentEconomic 政府预算支出经济分类 code, e.g. "50101"
 * @param source             GENERAL_BUDGET, GOVERNMENT_FUND, …
 * @param period             CURRENT or CARRY_OVER
 * @param spending           BASIC or PROJECT
 * @param project            the project's name
 * @param item               a named item, e.g. 公务接待费
 * @param amount             exact, as published, e.g. "133.70"
 * @param unit               万元 or 元
 * @param unitCode           WAN_YUAN or YUAN
 * @param label              the row's label as printed
 */
record FactItem(String function, String economic, String governmentEconomic, String source, String period, String spending,
                String project, String item, String amount, String unit, String unitCode, String label) {

    static FactItem of(Fact f) {
        FactKey k = f.key();
        return new FactItem(k.function(), k.economic(), k.governmentEconomic(), name(k.source()), name(k.period()),
                name(k.spending()), k.project(), k.item(), f.amount().plain(), f.amount().unit().label(),
                f.amount().unit().name(), f.label());
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }
}
