package org.gongkai.app.serve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import org.gongkai.app.store.DisclosureStore;
import org.gongkai.app.store.StoredDisclosure;
import org.gongkai.core.check.Checker;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.report.LedgerSummary;
import org.gongkai.core.write.html.HtmlFragment;
import org.gongkai.core.write.html.HtmlOptions;
import org.gongkai.core.write.html.HtmlWriter;
import org.springframework.stereotype.Component;

/**
 * Document pages, written once per version and language and then served from memory as UTF-8
 * bytes with an ETag: a stored version never changes, so only a new version of any unit (which the
 * panel's links may have to show) makes a page be written again. At most {@value #KEPT} pages are kept.
 * Example: the first {@code page(1, Lang.ZH)} reads, checks nothing, writes the page (some tens of
 * milliseconds); the next ones return the same bytes.
 */
@Component
class DocumentPages {

    /** How many pages are kept. */
    static final int KEPT = 256;

    /** A written page and its ETag (quoted, as the header carries it). */
    record Page(byte[] bytes, String etag) {
    }

    private record Key(long id, Lang lang, long generation) {
    }

    private final DisclosureStore store;
    private final BoundedCache<Key, Optional<Page>> pages = new BoundedCache<>(KEPT);

    /** Asked which rules could not run, which the store does not keep; made once, its rules' specs read once. */
    private final Checker checker = Checker.standard();

    DocumentPages(DisclosureStore store) {
        this.store = store;
    }

    /** The page of version {@code id} in {@code lang}; empty when there is no such version. */
    Optional<Page> page(long id, Lang lang) {
        return pages.get(new Key(id, lang, store.generation()), k -> write(k.id(), k.lang()));
    }

    private Optional<Page> write(long id, Lang lang) {
        Optional<StoredDisclosure> s = store.find(id);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        Disclosure d = store.disclosure(id).orElseThrow();
        // the annex (政府购买服务指导性目录, the same for every unit) is in the downloads and on /catalogue, not on the page
        HtmlFragment fragment = HtmlWriter.fragment(d, HtmlOptions.SCREEN.withoutCatalogue());
        // the rules that could not run are not stored: asked of the checker again (the page is kept)
        int couldNotRun = LedgerSummary.of(checker.check(d).ledger()).couldNotRun();
        String html = DocumentPage.write(s.get(), fragment, store.findings(id), couldNotRun, store.ofSameUnit(id), lang);
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        return Optional.of(new Page(bytes, "\"" + digest(bytes) + "\""));
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
