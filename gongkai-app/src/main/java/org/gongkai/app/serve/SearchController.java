package org.gongkai.app.serve;

import java.io.UncheckedIOException;

import jakarta.servlet.http.HttpServletRequest;

import org.gongkai.app.search.SearchIndex;
import org.gongkai.app.search.SearchProblem;
import org.gongkai.app.search.SearchRequest;
import org.gongkai.app.search.SearchResults;
import org.gongkai.app.store.DisclosureFilter;
import org.gongkai.app.store.DisclosureStore;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search page: {@code /search?q=…&page=…} over units, projects and text ({@link SearchIndex}),
 * written by {@link SearchPage}. An empty, too long or wordless query is answered with a message on
 * the page, never an error page; a page number that is not one is page 1.
 * Example: {@code GET /search?q=就业补助资金} lists 柳林县人力资源和社会保障局 2024 with its 项目 marked.
 */
@Controller
class SearchController {

    private static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");
    /** Hits on one page of the search page. */
    static final int PAGE_SIZE = 10;

    private final SearchIndex index;
    private final DisclosureStore store;

    SearchController(SearchIndex index, DisclosureStore store) {
        this.index = index;
        this.store = store;
    }

    @GetMapping("/search")
    ResponseEntity<String> search(@RequestParam(name = "q", required = false) String q,
                                  @RequestParam(name = "page", required = false) String page,
                                  @RequestParam(name = "all", required = false) String all, HttpServletRequest request) {
        Lang lang = Lang.of(request);
        SearchRequest asked = new SearchRequest(q, DisclosureFilter.NONE, pageNumber(page), PAGE_SIZE,
                "1".equals(all) || "true".equalsIgnoreCase(all));
        SearchResults results;
        try {
            results = index.search(asked, store);
        } catch (UncheckedIOException | org.springframework.dao.DataAccessException e) {
            return ResponseEntity.status(503).contentType(HTML).body(SearchPage.unavailable(asked, lang));
        }
        int status = results.problem() == SearchProblem.TOO_LONG ? 400 : 200;
        return ResponseEntity.status(status).contentType(HTML).body(SearchPage.write(results, lang));
    }

    /** "3" is 3; nothing, "0", "-1", "abc" or a number too large is 1. */
    static int pageNumber(String page) {
        if (page == null) {
            return 1;
        }
        try {
            return Math.max(1, Integer.parseInt(page.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
