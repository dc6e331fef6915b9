package org.gongkai.app.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.app.store.DisclosureStore;
import org.gongkai.app.store.ImportResult;

/**
 * Fills an empty store with the sample disclosures bundled in the jar, so that a new user sees a
 * working portal at once: the reference document, 柳林县人力资源和社会保障局 2024年度单位预算公开.
 * A store that holds anything, even only files that could not be read, is left as it is.
 * Example: {@code SampleLoader.loadIfEmpty(store)} on a new database stores one disclosure.
 */
public final class SampleLoader {

    /** The bundled samples, as classpath resources. */
    static final List<String> SAMPLES = List.of("samples/liulin-hrss-2024-budget.txt");

    private SampleLoader() {
    }

    /** Imports the samples when the store is empty; returns what became of each (nothing when not empty). */
    public static List<ImportResult> loadIfEmpty(DisclosureStore store) {
        if (!store.isEmpty()) {
            return List.of();
        }
        List<ImportResult> results = new ArrayList<>();
        for (String sample : SAMPLES) {
            try (InputStream in = SampleLoader.class.getClassLoader().getResourceAsStream(sample)) {
                if (in == null) {
                    continue;
                }
                results.add(store.importFile(in.readAllBytes(), sample.substring(sample.lastIndexOf('/') + 1)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return results;
    }
}
