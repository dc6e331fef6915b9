package org.gongkai.app.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.gongkai.app.store.DisclosureStore;
import org.gongkai.app.store.PortalQueries;
import org.gongkai.app.store.PortalQueries.CatalogueSummary;
import org.gongkai.app.store.StoredDisclosure;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.PurchaseServiceCatalogue;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The 政府购买服务指导性目录 browser: {@code GET /catalogue} shows the catalogue of the newest stored
 * disclosure that has one, {@code ?d=ID} another's, {@code ?q=} searches its items by code or name.
 * Which versions carry a catalogue is learnt by reading each once and kept ({@link PortalQueries}).
 * Example: {@code GET /catalogue?q=A0301} lists 妇女就业服务 and the other items under A0301, with their departments.
 */
@Controller
class CatalogueController {

    private static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");

    private final DisclosureStore store;
    private final PortalQueries queries;

    CatalogueController(DisclosureStore store, PortalQueries queries) {
        this.store = store;
        this.queries = queries;
    }

    @GetMapping("/catalogue")
    ResponseEntity<String> catalogue(@RequestParam(name = "d", required = false) String d,
                                     @RequestParam(name = "q", required = false) String q, HttpServletRequest request) {
        Lang lang = Lang.of(request);
        List<CataloguePage.Available> available = available();
        StoredDisclosure chosen;
        if (d != null && !d.isBlank()) {
            Optional<StoredDisclosure> s = CompareController.parse(d).flatMap(store::find);
            if (s.isEmpty()) {
                return ResponseEntity.status(404).contentType(HTML).body(HomePage.notFound(
                        lang.t("没有编号为 " + d + " 的公开文件。", "There is no stored disclosure numbered " + d + "."), lang));
            }
            chosen = s.get();
        } else if (!available.isEmpty()) {
            chosen = available.get(0).disclosure();
        } else {
            chosen = null;
        }
        PurchaseServiceCatalogue catalogue = chosen == null ? null : store.disclosure(chosen.id()).map(Disclosure::catalogue).orElse(null);
        return ResponseEntity.ok().contentType(HTML).body(CataloguePage.write(available, chosen, catalogue, q, lang));
    }

    /** Every stored version with a catalogue, newest year first (then the latest stored). */
    private List<CataloguePage.Available> available() {
        Map<Long, CatalogueSummary> known = queries.catalogueSummaries();
        List<CataloguePage.Available> out = new ArrayList<>();
        for (StoredDisclosure s : store.list()) {
            CatalogueSummary summary = known.get(s.id());
            if (summary == null) {
                summary = read(s.id());
                if (summary == null) {
                    continue;
                }
                queries.saveCatalogueSummary(s.id(), summary);
            }
            if (summary.present()) {
                out.add(new CataloguePage.Available(s, summary));
            }
        }
        out.sort(Comparator.comparingInt((CataloguePage.Available a) -> a.disclosure().year()).reversed()
                .thenComparing(Comparator.comparingLong((CataloguePage.Available a) -> a.disclosure().id()).reversed()));
        return out;
    }

    /** What reading version {@code id} shows of its catalogue; null when it cannot be read now (asked again next time). */
    private CatalogueSummary read(long id) {
        try {
            return store.disclosure(id).map(x -> x.catalogue() == null ? new CatalogueSummary(0, 0)
                    : new CatalogueSummary(x.catalogue().departments().size(), x.catalogue().itemCount())).orElse(null);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
