package org.gongkai.app.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.app.serve.Comparison.Row;
import org.gongkai.app.serve.MainFigures.Section;
import org.gongkai.app.store.DisclosureStore;
import org.gongkai.app.store.StoredDisclosure;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The comparison as open data: {@code GET /api/compare?a=ID&b=ID} gives the rows the comparison page
 * shows, with exact amounts as strings (never JSON numbers), the difference B − A, the signed
 * percentage rounded half-up to two decimals (absent from a zero base) and each row's status
 * (BOTH, ADDED 新增, REMOVED 取消, ONE_SIDED). 400 without both ids, 404 for an id that is not stored.
 * Example: {@code {"unit":"万元","sections":[{"id":"three-public","rows":[{"key":"机关运行经费","a":"21.19",
 * "b":"25.00","difference":"3.81","percent":"17.98","status":"BOTH"}]}]}}.
 */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
class CompareApiController {

    private final DisclosureStore store;

    CompareApiController(DisclosureStore store) {
        this.store = store;
    }

    @GetMapping("/compare")
    ResponseEntity<Map<String, Object>> compare(@RequestParam(name = "a", required = false) String a,
                                                @RequestParam(name = "b", required = false) String b) {
        if (a == null || a.isBlank() || b == null || b.isBlank()) {
            return ResponseEntity.badRequest().body(Map.of("error", "请给出两份公开文件的编号：/api/compare?a=编号&b=编号"));
        }
        CompareController.Loaded loaded = CompareController.load(store, a, b);
        if (loaded.missing() != null) {
            return ResponseEntity.status(404).body(Map.of("error", "没有编号为 " + loaded.missing() + " 的公开文件"));
        }
        Comparison c = loaded.comparison();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("a", side(c.a()));
        body.put("b", side(c.b()));
        body.put("unit", c.unit().label());
        body.put("yearOnYear", c.yearOnYear());
        List<Map<String, Object>> sections = new ArrayList<>();
        for (Map.Entry<Section, List<Row>> e : c.sections().entrySet()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("id", e.getKey().id());
            s.put("title", e.getKey().label(Lang.ZH));
            s.put("titleEn", e.getKey().label(Lang.EN));
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Row r : e.getValue()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("key", r.key());
                row.put("label", r.zh());
                row.put("labelEn", r.en());
                row.put("level", r.level());
                row.put("a", r.a() == null ? null : r.a().plain());
                row.put("b", r.b() == null ? null : r.b().plain());
                row.put("difference", r.difference() == null ? null : r.difference().plain());
                row.put("percent", r.percent() == null ? null : r.percent().toPlainString());
                row.put("fromZero", r.fromZero());
                row.put("status", r.status().name());
                rows.add(row);
            }
            s.put("rows", rows);
            sections.add(s);
        }
        body.put("sections", sections);
        return ResponseEntity.ok(body);
    }

    private static Map<String, Object> side(StoredDisclosure d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("region", d.region());
        m.put("department", d.department());
        m.put("unit", d.unit());
        m.put("year", d.year());
        m.put("kind", d.kind().name());
        m.put("version", d.version());
        m.put("page", "/disclosures/" + d.id());
        m.put("href", "/api/disclosures/" + d.id());
        return m;
    }
}
