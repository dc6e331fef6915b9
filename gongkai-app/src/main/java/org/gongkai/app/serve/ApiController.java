package org.gongkai.app.serve;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.app.store.DisclosureStore;
import org.gongkai.core.write.DisclosureJsonWriter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The REST API: health, the list of stored disclosures, and each one as open data
 * (docs/open-data-format.md). Example: {@code GET /api/disclosures/1} is the reference document's JSON.
 */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
class ApiController {

    private final DisclosureStore store;

    ApiController(DisclosureStore store) {
        this.store = store;
    }

    /** {@code {"status":"UP","database":"UP","disclosures":1}}; 503 with status DOWN when the database does not answer. */
    @GetMapping("/health")
    ResponseEntity<Map<String, Object>> health() {
        Map<String, Object> body = new LinkedHashMap<>();
        try {
            long n = store.count();
            body.put("status", "UP");
            body.put("database", "UP");
            body.put("disclosures", n);
            return ResponseEntity.ok(body);
        } catch (RuntimeException e) {
            body.put("status", "DOWN");
            body.put("database", "DOWN");
            body.put("message", "数据库无法访问：" + e.getMessage());
            return ResponseEntity.status(503).body(body);
        }
    }

    /** Every stored version, by region, department, unit and year. */
    @GetMapping("/disclosures")
    List<DisclosureItem> disclosures() {
        return store.list().stream().map(DisclosureItem::of).toList();
    }

    /** One version, whole, as open data; 404 when there is none with this id. */
    @GetMapping("/disclosures/{id}")
    ResponseEntity<String> disclosure(@PathVariable("id") long id) {
        return store.disclosure(id).map(d -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                        .body(DisclosureJsonWriter.write(d)))
                .orElseGet(() -> ResponseEntity.status(404).contentType(MediaType.APPLICATION_JSON)
                        .body("{\"error\":\"没有编号为 " + id + " 的公开文件\"}"));
    }
}
