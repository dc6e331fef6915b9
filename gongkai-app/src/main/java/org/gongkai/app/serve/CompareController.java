package org.gongkai.app.serve;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.gongkai.app.store.DisclosureStore;
import org.gongkai.app.store.StoredDisclosure;
import org.gongkai.core.model.Disclosure;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The comparison page: {@code GET /compare?a=ID&b=ID} sets two stored disclosures' main figures
 * side by side ({@link Comparison}); with one id or none it offers the choice ({@link ComparePage#form}).
 * An id that is not a stored version answers 404 with a page saying which.
 * Example: {@code GET /compare?a=3&b=4} compares 江苏省政协办公厅 2018 with 2019.
 */
@Controller
class CompareController {

    private static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");

    private final DisclosureStore store;

    CompareController(DisclosureStore store) {
        this.store = store;
    }

    @GetMapping("/compare")
    ResponseEntity<String> compare(@RequestParam(name = "a", required = false) String a,
                                   @RequestParam(name = "b", required = false) String b, HttpServletRequest request) {
        Lang lang = Lang.of(request);
        boolean hasA = a != null && !a.isBlank();
        boolean hasB = b != null && !b.isBlank();
        if (!hasA || !hasB) {
            Long chosen = null;
            if (hasA || hasB) {
                String id = hasA ? a : b;
                Optional<StoredDisclosure> s = parse(id).flatMap(store::find);
                if (s.isEmpty()) {
                    return notFound(id, lang);
                }
                chosen = s.get().id();
            }
            return ResponseEntity.ok().contentType(HTML).body(ComparePage.form(store.list(), chosen, lang));
        }
        Loaded loaded = load(store, a, b);
        if (loaded.missing() != null) {
            return notFound(loaded.missing(), lang);
        }
        return ResponseEntity.ok().contentType(HTML).body(ComparePage.write(loaded.comparison(), lang));
    }

    private static ResponseEntity<String> notFound(String id, Lang lang) {
        return ResponseEntity.status(404).contentType(HTML).body(HomePage.notFound(
                lang.t("没有编号为 " + id + " 的公开文件，无法比较。", "There is no stored disclosure numbered " + id + " to compare."), lang));
    }

    /**
     * What loading two ids gave: the comparison, or the first id that is not a stored version.
     *
     * @param comparison the comparison, null when an id is missing
     * @param missing    the id (as given) that names no stored version, null when both do
     */
    record Loaded(Comparison comparison, String missing) {
    }

    /** Reads versions {@code a} and {@code b} (ids as given in the query) and compares them. */
    static Loaded load(DisclosureStore store, String a, String b) {
        Optional<StoredDisclosure> sa = parse(a).flatMap(store::find);
        if (sa.isEmpty()) {
            return new Loaded(null, a);
        }
        Optional<StoredDisclosure> sb = parse(b).flatMap(store::find);
        if (sb.isEmpty()) {
            return new Loaded(null, b);
        }
        Optional<Disclosure> da = store.disclosure(sa.get().id());
        Optional<Disclosure> db = store.disclosure(sb.get().id());
        if (da.isEmpty()) {
            return new Loaded(null, a);
        }
        if (db.isEmpty()) {
            return new Loaded(null, b);
        }
        return new Loaded(Comparison.of(sa.get(), da.get(), sb.get(), db.get()), null);
    }

    /** The id in {@code s}, or empty when it is not a whole positive number. */
    static Optional<Long> parse(String s) {
        if (s == null) {
            return Optional.empty();
        }
        try {
            long id = Long.parseLong(s.strip());
            return id > 0 ? Optional.of(id) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
