package org.gongkai.app.serve;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The document page's fast path: {@code GET /disclosures/{id}} whose page is kept in memory
 * ({@link DocumentPages}) is answered here, bytes and ETag (304 when the reader has it), without
 * the MVC dispatch, which costs more than writing the page. Everything else, an unknown version
 * included, goes on to {@link PortalController}, which answers the same way and says what is missing.
 * Example: the 50 clients of the load benchmark (BENCHMARKS.md) are answered here.
 */
@Component
class DocumentPageFilter extends OncePerRequestFilter {

    /** The same as PortalController's: revalidate, then the reader's copy is good (versions never change). */
    static final String CACHE_CONTROL = "no-cache, public";

    private final DocumentPages pages;

    DocumentPageFilter(DocumentPages pages) {
        this.pages = pages;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || id(request.getRequestURI()) < 0;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<DocumentPages.Page> page = pages.page(id(request.getRequestURI()), Lang.of(request));
        if (page.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        DocumentPages.Page p = page.get();
        response.setHeader(HttpHeaders.ETAG, p.etag());
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        response.setHeader(HttpHeaders.VARY, HttpHeaders.COOKIE);
        if (p.etag().equals(request.getHeader(HttpHeaders.IF_NONE_MATCH))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType("text/html;charset=UTF-8");
        response.setContentLength(p.bytes().length);
        response.getOutputStream().write(p.bytes());
    }

    /** The version in "/disclosures/123" (digits only, up to 18), else -1. */
    static long id(String uri) {
        String prefix = "/disclosures/";
        if (uri == null || !uri.startsWith(prefix) || uri.length() == prefix.length() || uri.length() > prefix.length() + 18) {
            return -1;
        }
        for (int i = prefix.length(); i < uri.length(); i++) {
            char c = uri.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
        }
        return Long.parseLong(uri, prefix.length(), uri.length(), 10);
    }
}
