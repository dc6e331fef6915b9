package org.gongkai.app.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.gongkai.app.store.StoredDisclosure;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.Fact;
import org.gongkai.core.model.PerformanceTarget;
import org.gongkai.core.model.Profile;
import org.gongkai.core.model.Sentence;

/**
 * The Lucene document of one stored disclosure version: who and when (for filters, sorting and the
 * hit's line), and the text of each {@link SearchPart}, each value on a line of its own.
 * Example: the reference document gives unit 柳林县人力资源和社会保障局, year 2024, 项目 with
 * 就业补助资金-2024年中央就业补助资金（柳财社【2024】41号）, 科目 with "2080101 行政运行", and the
 * sentences of its 情况说明.
 */
final class IndexedDocument {

    /** Between the values of one part: a passage never runs over it. */
    static final char SEPARATOR = '\n';

    static final String ID = "id";
    static final String ID_SORT = "id_sort";
    static final String SERIES = "series";
    static final String VERSION = "version";
    static final String LATEST = "latest";
    static final String YEAR = "year";
    static final String YEAR_SORT = "year_sort";
    static final String KIND = "kind";
    static final String PROVINCE = "province";
    static final String REGION_KEY = "region_key";
    static final String DEPARTMENT_KEY = "department_key";
    static final String UNIT_KEY = "unit_key";
    /** The {@link FeatureField} of ranking signals: {@link #BREVITY}. */
    static final String FEATURES = "features";
    /**
     * The shortness of the unit's name as a ranking signal, counted only when a word is found in the
     * name: 柳林县财政局 (6 characters) before 柳林县财政局第2分中心 (11) for "柳林县财政局", the unit named
     * exactly as asked first.
     */
    static final String BREVITY = "brevity";

    /**
     * Pairs of characters with positions (for phrases), stored for the fragments; no offsets: the
     * fragments are found in the stored text ({@link PassageFinder}), not from the postings.
     */
    private static final FieldType EXACT = new FieldType();

    static {
        EXACT.setTokenized(true);
        EXACT.setStored(true);
        EXACT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        EXACT.freeze();
    }

    private IndexedDocument() {
    }

    /** The series a version belongs to: one unit's disclosures of one year and kind. */
    static String series(StoredDisclosure s) {
        return String.join("\u001f", s.province(), s.region(), s.department(), s.unit(), Integer.toString(s.year()),
                s.kind().name());
    }

    /** The document of {@code s}, read as {@code d}; {@code latest} is its first value of the newest-version flag. */
    static Document of(StoredDisclosure s, Disclosure d, boolean latest) {
        Document doc = new Document();
        doc.add(new StringField(ID, Long.toString(s.id()), Field.Store.YES));
        doc.add(new NumericDocValuesField(ID_SORT, s.id()));
        doc.add(new StringField(SERIES, series(s), Field.Store.YES));
        doc.add(new StoredField(VERSION, s.version()));
        doc.add(new NumericDocValuesField(LATEST, latest ? 1 : 0));
        doc.add(new IntPoint(YEAR, s.year()));
        doc.add(new StoredField(YEAR, s.year()));
        doc.add(new NumericDocValuesField(YEAR_SORT, s.year()));
        doc.add(new FeatureField(FEATURES, BREVITY, brevity(s.unit())));
        doc.add(new StringField(KIND, s.kind().name(), Field.Store.YES));
        doc.add(new StoredField(PROVINCE, s.province() == null ? "" : s.province()));
        doc.add(new StringField(REGION_KEY, s.region(), Field.Store.YES));
        doc.add(new StringField(DEPARTMENT_KEY, s.department(), Field.Store.YES));
        doc.add(new StringField(UNIT_KEY, s.unit(), Field.Store.YES));
        for (Map.Entry<SearchPart, String> part : texts(s, d).entrySet()) {
            if (!part.getValue().isEmpty()) {
                doc.add(new Field(part.getKey().exactField(), part.getValue(), EXACT));
            }
        }
        return doc;
    }

    /** The unit name's shortness: 64 less its length in characters, at least 1 (柳林县财政局: 58). */
    static float brevity(String unit) {
        return Math.max(1, 64 - unit.codePointCount(0, unit.length()));
    }

    /** Each part's text, values joined by {@link #SEPARATOR}; "" for a part the disclosure does not have. */
    static Map<SearchPart, String> texts(StoredDisclosure s, Disclosure d) {
        Map<SearchPart, String> texts = new EnumMap<>(SearchPart.class);
        texts.put(SearchPart.UNIT, s.unit());
        texts.put(SearchPart.DEPARTMENT, s.department());
        texts.put(SearchPart.REGION, s.province() == null || s.province().isEmpty() ? s.region() : s.province() + " " + s.region());
        texts.put(SearchPart.TITLE, s.title() == null ? "" : s.title());
        Set<String> projects = new LinkedHashSet<>();
        Set<String> classification = new LinkedHashSet<>();
        for (PerformanceTarget t : d.performanceTargets()) {
            add(projects, t.projectName());
        }
        for (Fact f : d.facts().facts()) {
            add(projects, f.key().project());
            String label = f.label() == null ? "" : f.label().strip();
            if (f.key().function() != null) {
                add(classification, f.key().function() + " " + label);
            }
            if (f.key().economic() != null) {
                add(classification, f.key().economic() + " " + label);
            }
        }
        texts.put(SearchPart.PROJECT, join(projects));
        texts.put(SearchPart.CLASSIFICATION, join(classification));
        List<String> sentences = new ArrayList<>();
        if (d.narrative() != null) {
            for (Sentence sentence : d.narrative().sentences()) {
                sentences.add(sentence.text());
            }
        }
        texts.put(SearchPart.NARRATIVE, join(sentences));
        Set<String> profile = new LinkedHashSet<>();
        Profile p = d.profile();
        if (p != null) {
            p.duties().forEach(v -> add(profile, v));
            p.internalOffices().forEach(v -> add(profile, v));
            p.subordinateUnits().forEach(v -> add(profile, v));
        }
        texts.put(SearchPart.PROFILE, join(profile));
        // the 政府购买服务指导性目录 is left out: tens of thousands of characters, mostly the same in every
        // disclosure, it would make indexing and every search several times slower for little to find
        return texts;
    }

    private static void add(Set<String> values, String value) {
        if (value != null && !value.isBlank()) {
            values.add(value.strip());
        }
    }

    private static String join(Iterable<String> values) {
        StringBuilder b = new StringBuilder();
        for (String v : values) {
            String one = v.replace(SEPARATOR, ' ').strip();
            if (!one.isEmpty()) {
                if (!b.isEmpty()) {
                    b.append(SEPARATOR);
                }
                b.append(one);
            }
        }
        return b.toString();
    }
}
