package org.gongkai.app.search;

import java.util.List;

/**
 * The answer to a {@link SearchRequest}: one page of hits and how many there are in all; or the
 * problem that kept it from being searched.
 * Example: "就业补助资金", page 1 of 10: total 1 (exact), hits [柳林县人力资源和社会保障局 2024], no problem, pending 0;
 * "项目支出" over 10,000 disclosures: total 1,000, not exact (more match).
 *
 * @param request  what was asked
 * @param problem  why it was not searched; null when it was
 * @param total    how many versions match in all; when not {@code totalExact}, at least this many
 * @param totalExact true when {@code total} is the exact count; false when counting stopped at
 *                 {@link SearchIndex#COUNT_UP_TO} (1,000) and more match
 * @param hits     this page's hits, best first
 * @param pending  how many stored versions are not in the index yet (being added); 0 when it is up to date
 */
public record SearchResults(SearchRequest request, SearchProblem problem, long total, boolean totalExact, List<SearchHit> hits,
                            long pending) {

    public SearchResults {
        hits = List.copyOf(hits);
    }

    /** The answer of a request that cannot be searched. */
    public static SearchResults refused(SearchRequest request, SearchProblem problem) {
        return new SearchResults(request, problem, 0, true, List.of(), 0);
    }

    /** How many pages the hits fill (when the total is not exact: at least), at least 1, at most as deep as paging reaches. */
    public int pages() {
        long reachable = Math.min(total, SearchRequest.MAX_DEPTH);
        return (int) Math.max(1, (reachable + request.size() - 1) / request.size());
    }
}
