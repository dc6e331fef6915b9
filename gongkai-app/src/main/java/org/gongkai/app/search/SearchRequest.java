package org.gongkai.app.search;

import org.gongkai.app.store.DisclosureFilter;

/**
 * What a reader asks the search: the words (every one must be found, in any part), which versions
 * to keep, and which page of hits. Pages count from 1; the size is held between 1 and
 * {@link #MAX_SIZE}. Example: {@code SearchRequest.of("就业补助资金", 1, 10)} is the first ten
 * disclosures that mention it, newest versions only.
 *
 * @param text         the query as typed (stripped), "" when none
 * @param filter       which versions to keep, by region, department, unit, year and kind
 * @param page         1 for the first page
 * @param size         hits per page, 1 to {@link #MAX_SIZE}
 * @param allVersions  true to find older versions too (flagged as such in the hits); false for the newest of each unit, year and kind
 */
public record SearchRequest(String text, DisclosureFilter filter, int page, int size, boolean allVersions) {

    /** The longest query searched, in characters. */
    public static final int MAX_LENGTH = 100;
    /** The most hits on one page. */
    public static final int MAX_SIZE = 100;
    /** The deepest hit reachable by paging: page × size is held at or below it. */
    public static final int MAX_DEPTH = 10_000;

    public SearchRequest {
        text = text == null ? "" : text.strip();
        filter = filter == null ? DisclosureFilter.NONE : filter;
        size = Math.max(1, Math.min(MAX_SIZE, size));
        page = Math.max(1, Math.min(page, MAX_DEPTH / size));
    }

    /** The newest versions, no filter. */
    public static SearchRequest of(String text, int page, int size) {
        return new SearchRequest(text, DisclosureFilter.NONE, page, size, false);
    }

    /** {@link SearchProblem#EMPTY} or {@link SearchProblem#TOO_LONG} when it cannot be searched as it is; null when it can. */
    public SearchProblem problem() {
        if (text.isEmpty()) {
            return SearchProblem.EMPTY;
        }
        return text.codePointCount(0, text.length()) > MAX_LENGTH ? SearchProblem.TOO_LONG : null;
    }
}
