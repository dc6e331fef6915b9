package org.gongkai.app.serve;

import java.util.List;

import org.gongkai.app.search.SearchFragment;
import org.gongkai.app.search.SearchHit;
import org.gongkai.app.search.SearchResults;

/**
 * One page of {@code GET /api/disclosures?q=…}: the hits, best first, each with its relevance and
 * where the words were found (escaped HTML, matches in {@code <mark>}).
 * Example: {@code {"query":"就业补助资金","total":1,"totalExact":true,"page":1,"size":20,"pending":0,"items":[{"id":1,
 * "unit":"柳林县人力资源和社会保障局","year":2024,"score":7.1,"fragments":[{"part":"PROJECT","label":"项目",
 * "html":"<mark>就业补助资金</mark>-2024年中央…"}],…}]}}.
 *
 * @param query   the query searched
 * @param total   how many versions match; when not {@code totalExact}, at least this many
 * @param totalExact true when {@code total} is exact; false when counting stopped at 1,000 and more match
 * @param page    this page, from 1
 * @param size    hits per page asked (at most 100)
 * @param pending stored versions not yet searchable (the index is catching up); 0 normally
 * @param items   this page's hits
 */
record SearchAnswer(String query, long total, boolean totalExact, int page, int size, long pending, List<Hit> items) {

    /**
     * A hit as the API gives it. Example: id 1, 柳林县人力资源和社会保障局, 2024, BUDGET, version 1, latest, score 7.1.
     *
     * @param id         the version's id
     * @param province   the province, "" when unknown
     * @param region     行政区划
     * @param department 主管部门
     * @param unit       单位
     * @param year       fiscal year
     * @param kind       BUDGET (预算) or FINAL_ACCOUNTS (决算)
     * @param version    1, 2, … for the same unit, year and kind
     * @param latest     false when a newer version of the same unit, year and kind is stored
     * @param title      the title as printed
     * @param score      relevance (higher first), for ordering only
     * @param href       the whole disclosure as open data
     * @param page       the disclosure's page in the portal
     * @param fragments  where the words were found
     */
    record Hit(long id, String province, String region, String department, String unit, int year, String kind,
               int version, boolean latest, String title, float score, String href, String page, List<Fragment> fragments) {
    }

    /**
     * Where in a hit the words are. Example: {@code {"part":"NARRATIVE","label":"情况说明","html":"…上级<mark>就业补助资金</mark>…"}}.
     *
     * @param part  the part's name: UNIT, DEPARTMENT, REGION, TITLE, PROJECT, CLASSIFICATION, NARRATIVE, PROFILE
     * @param label the part's Chinese label
     * @param html  escaped HTML, matches in {@code <mark>}
     */
    record Fragment(String part, String label, String html) {
    }

    static SearchAnswer of(SearchResults r) {
        List<Hit> hits = r.hits().stream().map(SearchAnswer::hit).toList();
        return new SearchAnswer(r.request().text(), r.total(), r.totalExact(), r.request().page(), r.request().size(), r.pending(), hits);
    }

    private static Hit hit(SearchHit h) {
        return new Hit(h.id(), h.province(), h.region(), h.department(), h.unit(), h.year(), h.kind().name(), h.version(),
                h.latest(), h.title(), h.score(), "/api/disclosures/" + h.id(), "/disclosures/" + h.id(),
                h.fragments().stream().map(SearchAnswer::fragment).toList());
    }

    private static Fragment fragment(SearchFragment f) {
        return new Fragment(f.part().name(), f.part().zh(), f.html());
    }
}
