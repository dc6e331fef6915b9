package org.gongkai.app.serve;

import jakarta.servlet.http.HttpServletRequest;

import org.gongkai.app.store.DisclosureStore;
import org.gongkai.core.write.html.HtmlWriter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The portal's pages, server-side HTML: the home page listing every disclosure by region,
 * department, unit and year, and each disclosure as published ({@link HtmlWriter}).
 * Example: {@code GET /disclosures/1} is the reference document's page.
 */
@Controller
class PortalController {

    private static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");

    private final DisclosureStore store;

    PortalController(DisclosureStore store) {
        this.store = store;
    }

    @GetMapping("/")
    ResponseEntity<String> home(HttpServletRequest request) {
        return ResponseEntity.ok().contentType(HTML).body(HomePage.write(store.list(), Lang.of(request)));
    }

    @GetMapping("/disclosures/{id}")
    ResponseEntity<String> disclosure(@PathVariable("id") long id, HttpServletRequest request) {
        return store.disclosure(id).map(d -> ResponseEntity.ok().contentType(HTML).body(HtmlWriter.write(d)))
                .orElseGet(() -> ResponseEntity.status(404).contentType(HTML)
                        .body(HomePage.notFound("没有编号为 " + id + " 的公开文件。", Lang.of(request))));
    }
}
