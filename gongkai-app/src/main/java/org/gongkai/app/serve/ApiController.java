package org.gongkai.app.serve;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.app.search.SearchIndex;
import org.gongkai.app.search.SearchProblem;
import org.gongkai.app.search.SearchRequest;
import org.gongkai.app.search.SearchResults;
import org.gongkai.app.store.DisclosureFilter;
import org.gongkai.app.store.DisclosureStore;
import org.gongkai.core.model.DisclosureKind;
import org.gongkai.core.write.DisclosureJsonWriter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The REST API: health, the list of stored disclosures, and each one as open data
 * (docs/open-data-format.md). Example: {@code GET /api/disclosures/1} is the reference document's JSON.
 */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
class ApiController {

    private final DisclosureStore store;
    private final SearchIndex search;

    ApiController(DisclosureStore store, SearchIndex search) {
        this.store = store;
        this.search = search;
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

    /** Hits per page when none is asked for. */
    static final int DEFAULT_SIZE = 20;

    /**
     * Without {@code q}: the stored versions the filters keep, by region, department, unit and year,
     * one page of them ({@link DisclosureList}). With {@code q}: a search over units, projects and text,
     * the newest version of each unit, year and kind unless {@code all} ({@link SearchAnswer}).
     * 400 with {@code {"error":…}} for a query too long or without words, or a kind that is not one.
     */
    @Operation(summary = "列出或搜索公开文件",
            description = "不带 q：按地区、部门、单位、年度、类型筛选已入库的各版本，分页列出，total 为总数。"
                    + "带 q：搜索单位名称、项目名称、情况说明、概况、科目编码和名称，每个词都须出现；"
                    + "结果按相关度排序，每条给出得分和命中片段（已转义的 HTML，命中处为 <mark>）。默认只搜每个单位、年度、类型的最新版本。")
    @ApiResponse(responseCode = "200", description = "列表（DisclosureList）或搜索结果（SearchAnswer）",
            content = @Content(schema = @Schema(oneOf = {DisclosureList.class, SearchAnswer.class})))
    @ApiResponse(responseCode = "400", description = "搜索词过长（超过 100 字符）或没有可搜索的文字；类型无效")
    @GetMapping("/disclosures")
    ResponseEntity<Object> disclosures(
            @Parameter(description = "搜索词，最多 100 个字符，空格分开的每个词都须出现；例：就业补助资金、2080101、柳林县人力资源和社会保障局")
            @RequestParam(name = "q", required = false) String q,
            @Parameter(description = "行政区划（完全相同），例：柳林县") @RequestParam(name = "region", required = false) String region,
            @Parameter(description = "主管部门（完全相同）") @RequestParam(name = "department", required = false) String department,
            @Parameter(description = "单位（完全相同），例：柳林县人力资源和社会保障局") @RequestParam(name = "unit", required = false) String unit,
            @Parameter(description = "年度，例：2024") @RequestParam(name = "year", required = false) Integer year,
            @Parameter(description = "类型：BUDGET（预算）或 FINAL_ACCOUNTS（决算），也可写 预算、决算") @RequestParam(name = "kind", required = false) String kind,
            @Parameter(description = "页码，从 1 起，默认 1") @RequestParam(name = "page", required = false) Integer page,
            @Parameter(description = "每页条数，默认 20，最多 100") @RequestParam(name = "size", required = false) Integer size,
            @Parameter(description = "搜索时也包括旧版本（true），默认只搜最新版本") @RequestParam(name = "all", required = false) Boolean all) {
        DisclosureKind k;
        try {
            k = kind(kind);
        } catch (IllegalArgumentException e) {
            return ResponseEntity.badRequest().body(Map.of("error", "类型 " + kind + " 无效：请用 BUDGET（预算）或 FINAL_ACCOUNTS（决算）。"));
        }
        DisclosureFilter filter = new DisclosureFilter(region, department, unit, year, k);
        int p = page == null ? 1 : Math.max(1, Math.min(page, 1_000_000));
        int n = size == null ? DEFAULT_SIZE : Math.max(1, Math.min(size, SearchRequest.MAX_SIZE));
        if (q == null || q.isBlank()) {
            List<DisclosureItem> items = store.list(filter, (p - 1) * n, n).stream().map(DisclosureItem::of).toList();
            return ResponseEntity.ok(new DisclosureList(store.count(filter), p, n, items));
        }
        SearchResults r = search.search(new SearchRequest(q, filter, p, n, Boolean.TRUE.equals(all)), store);
        if (r.problem() != null && r.problem() != SearchProblem.EMPTY) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("error", r.problem().zh());
            error.put("problem", r.problem().name());
            return ResponseEntity.badRequest().body(error);
        }
        return ResponseEntity.ok(SearchAnswer.of(r));
    }

    /** "BUDGET", "budget" or 预算 is a budget; "FINAL_ACCOUNTS" or 决算 final accounts; nothing is any. */
    private static DisclosureKind kind(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        for (DisclosureKind k : DisclosureKind.values()) {
            if (k.name().equalsIgnoreCase(kind.strip()) || k.label().equals(kind.strip())) {
                return k;
            }
        }
        throw new IllegalArgumentException(kind);
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
