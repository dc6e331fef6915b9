package org.gongkai.app.serve;

import jakarta.servlet.http.HttpServletRequest;

import org.gongkai.app.store.PortalQueries;
import org.gongkai.core.check.Checker;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The rule catalogue page: {@code GET /rules} lists every rule of {@link Checker#standard()} by
 * family ({@link RulesPage}), with how often each fired across the stored disclosures.
 * Example: {@code GET /rules#tbl-001} is 行合计等于各分项之和.
 */
@Controller
class RulesController {

    private static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");

    private final PortalQueries queries;

    RulesController(PortalQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/rules")
    ResponseEntity<String> rules(HttpServletRequest request) {
        return ResponseEntity.ok().contentType(HTML)
                .body(RulesPage.write(Checker.standard().rules(), queries.ruleCounts(), Lang.of(request)));
    }
}
