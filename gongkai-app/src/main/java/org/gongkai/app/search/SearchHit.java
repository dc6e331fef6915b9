package org.gongkai.app.search;

import java.util.List;

import org.gongkai.core.model.DisclosureKind;

/**
 * One disclosure version found, with its relevance and where the words were found.
 * Example: id 1, 柳林县人力资源和社会保障局, 2024, BUDGET, version 1, newest, score 7.3, fragments
 * 项目 "…<mark>就业补助资金</mark>…" and 情况说明 "…上级<mark>就业补助资金</mark>2023年提前下达…".
 *
 * @param id         the version's id in the store
 * @param province   the province, "" when unknown
 * @param region     行政区划
 * @param department 主管部门
 * @param unit       单位
 * @param year       fiscal year
 * @param kind       预算 or 决算
 * @param version    1, 2, … for the same unit, year and kind
 * @param latest     true when no newer version of the same unit, year and kind is stored
 * @param title      the title as printed, "" when none
 * @param score      Lucene's relevance, higher first; only for ordering
 * @param fragments  where the words are, in the order of {@link SearchPart}
 */
public record SearchHit(long id, String province, String region, String department, String unit, int year,
                        DisclosureKind kind, int version, boolean latest, String title, float score,
                        List<SearchFragment> fragments) {

    public SearchHit {
        fragments = List.copyOf(fragments);
    }
}
