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

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import org.gongkai.app.store.ImportOutcome;
import org.gongkai.app.store.ImportResult;
import org.gongkai.app.store.StoredFinding;
import org.gongkai.core.write.opendata.FactCsvWriter;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.json.JsonMapper;

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
                    + "结果按相关度排序（单位名称命中的在前，同等的年度新的在前），每条给出得分和命中片段（已转义的 HTML，命中处为 <mark>）；"
                    + "命中超过 1000 份时只数到 1000 左右，total 为下限，totalExact 为 false。默认只搜每个单位、年度、类型的最新版本。")
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

    // ---------------------------------------------------------------- facts, findings, upload

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    /** {@code {"error":message}}, the body of every error the API answers. */
    static String error(String message) {
        return JSON.writeValueAsString(Map.of("error", message));
    }

    private static ResponseEntity<Object> notFound(long id) {
        return ResponseEntity.status(404).contentType(MediaType.APPLICATION_JSON).body(Map.of("error", "没有编号为 " + id + " 的公开文件"));
    }

    /** Every fact of a version: its key's dimensions, the amount as an exact decimal string, its unit and label. */
    @Operation(summary = "一份公开文件的全部数据（facts）", description = "每条数据的维度（功能分类、经济分类、资金来源、年度、支出类型、项目、事项）、"
            + "金额（精确小数字符串）、单位和行名。",
            responses = {@ApiResponse(responseCode = "200", description = "数据"),
                    @ApiResponse(responseCode = "404", description = "没有这份文件", content = @Content(mediaType = "application/json"))})
    @GetMapping("/disclosures/{id}/facts")
    ResponseEntity<Object> facts(@Parameter(description = "公开文件版本的编号", example = "1") @PathVariable("id") long id) {
        if (store.find(id).isEmpty()) {
            return notFound(id);
        }
        List<FactItem> facts = store.facts(id).stream().map(FactItem::of).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("disclosure", id);
        body.put("count", facts.size());
        body.put("facts", facts);
        return ResponseEntity.ok(body);
    }

    /** The facts as CSV, the columns of the core's FactCsvWriter (docs/open-data-format.md), UTF-8 with a byte-order mark. */
    @Operation(summary = "一份公开文件的全部数据，CSV 格式", description = "列同开放数据 CSV（datapackage.json 有说明），UTF-8，带 BOM，Excel 可直接打开。",
            responses = {@ApiResponse(responseCode = "200", description = "CSV", content = @Content(mediaType = "text/csv")),
                    @ApiResponse(responseCode = "404", description = "没有这份文件", content = @Content(mediaType = "application/json"))})
    @GetMapping(path = "/disclosures/{id}/facts.csv", produces = {"text/csv", MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<Object> factsCsv(@Parameter(description = "公开文件版本的编号", example = "1") @PathVariable("id") long id) {
        return store.disclosure(id).<ResponseEntity<Object>>map(d -> ResponseEntity.ok().contentType(CSV)
                        .header("Content-Disposition", "inline; filename=\"facts-" + id + ".csv\"")
                        .body(FactCsvWriter.write(d)))
                .orElseGet(() -> notFound(id));
    }

    /** The check's findings, every field: rule, severity, category, message, place, expected, published, difference. */
    @Operation(summary = "一份公开文件的检查结果", description = "每条结果的规则编号、级别（ERROR 错误、WARNING 警告、INFO 提示）、类别、说明、"
            + "位置（表、行、列，或章节和句子；页、行号、列）以及应为数、公开数和差额。",
            responses = {@ApiResponse(responseCode = "200", description = "检查结果"),
                    @ApiResponse(responseCode = "404", description = "没有这份文件", content = @Content(mediaType = "application/json"))})
    @GetMapping("/disclosures/{id}/findings")
    ResponseEntity<Object> findings(@Parameter(description = "公开文件版本的编号", example = "1") @PathVariable("id") long id) {
        if (store.find(id).isEmpty()) {
            return notFound(id);
        }
        List<StoredFinding> findings = store.findings(id);
        return ResponseEntity.ok(findings);
    }

    /**
     * Stores uploaded files (multipart {@code file}, one or more), as {@code gongkai import} does:
     * 201 when a new version was stored, 200 when every file was stored before, 422 with the
     * reader's message when one cannot be read, 415 (nothing kept) when one is not a .txt, .pdf or
     * .xlsx by name and content, 413 when one is larger than the limit. Only the administrator
     * (HTTP Basic; {@link WriteGuard}).
     */
    @Operation(summary = "上传预算公开文件（需管理员登录）", description = "multipart 字段 file，可多个；只接受 .txt、.pdf、.xlsx（按文件名和内容判断）。"
            + "201：已入库新版本；200：与已有版本相同；422：无法读取（附原因）；415：文件类型不受理；413：超过上传上限；401：未登录。",
            security = @SecurityRequirement(name = "basic"),
            responses = {@ApiResponse(responseCode = "201", description = "已入库"),
                    @ApiResponse(responseCode = "200", description = "与已有版本相同"),
                    @ApiResponse(responseCode = "401", description = "需要管理员登录", content = @Content(mediaType = "text/plain")),
                    @ApiResponse(responseCode = "413", description = "超过上传上限", content = @Content(mediaType = "application/json")),
                    @ApiResponse(responseCode = "415", description = "文件类型不受理"),
                    @ApiResponse(responseCode = "422", description = "无法读取")})
    @PostMapping(path = "/disclosures", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Object> upload(@Parameter(description = "预算公开文件：.txt、.pdf 或 .xlsx") @RequestParam("file") List<MultipartFile> files)
            throws java.io.IOException {
        List<UploadAnswer.FileResult> refused = new java.util.ArrayList<>();
        List<byte[]> contents = new java.util.ArrayList<>();
        for (MultipartFile f : files) {
            byte[] bytes = f.getBytes();
            contents.add(bytes);
            if (UploadType.of(f.getOriginalFilename(), bytes).isEmpty()) {
                refused.add(UploadAnswer.FileResult.refused(name(f), "只受理 " + UploadType.ACCEPTED
                        + " 文件（按文件名和内容判断）：" + name(f) + " 不是，未保存。"));
            }
        }
        if (files.isEmpty()) {
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(Map.of("error", "没有收到文件：请用 multipart 字段 file 上传。"));
        }
        if (!refused.isEmpty()) {
            return ResponseEntity.status(415).contentType(MediaType.APPLICATION_JSON).body(new UploadAnswer(refused));
        }
        List<UploadAnswer.FileResult> results = new java.util.ArrayList<>();
        boolean stored = false;
        boolean unreadable = false;
        List<DisclosureStore.Upload> uploads = new java.util.ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            uploads.add(DisclosureStore.Upload.of(contents.get(i), name(files.get(i))));
        }
        // sent together: a text and its tables published apart are stored as one version, one result naming both
        for (ImportResult r : store.importAll(uploads, name -> { }, x -> { })) {
            stored |= r.outcome() == ImportOutcome.STORED;
            unreadable |= r.outcome() == ImportOutcome.UNREADABLE;
            results.add(UploadAnswer.FileResult.of(r));
        }
        int status = unreadable ? 422 : stored ? 201 : 200;
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON);
        if (status == 201 && results.size() == 1) {
            answer.location(java.net.URI.create("/api/disclosures/" + results.get(0).disclosure().id()));
        }
        return answer.body(new UploadAnswer(results));
    }

    private static String name(MultipartFile f) {
        String n = f.getOriginalFilename();
        return n == null || n.isBlank() ? "上传文件" : n;
    }
}
