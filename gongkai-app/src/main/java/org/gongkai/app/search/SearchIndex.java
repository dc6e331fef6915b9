package org.gongkai.app.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FilterCollector;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.gongkai.app.store.DisclosureFilter;
import org.gongkai.app.store.DisclosureStore;
import org.gongkai.app.store.StoredDisclosure;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.DisclosureKind;

/**
 * The search index of stored disclosures, on disk, one Lucene document per stored version
 * ({@link IndexedDocument}), only the newest version of each unit, year and kind found unless older
 * ones are asked for. One {@link IndexWriter} stays open; searches share readers through a
 * {@link SearcherManager}, refreshed after each write, so a query reads nothing from the store but
 * its highest id. The index follows the store: {@link #catchUp} adds every stored version it lacks
 * (ids only grow), {@link #follow} adds each import as it is stored, and a search first catches up
 * with versions another process stored. An index that is missing, unreadable or of an older layout
 * is built again from the store; one whose folder disappears while running, too.
 * Example: {@code try (SearchIndex index = SearchIndex.open(home.resolve("index"))) { index.catchUp(store);
 * index.search(SearchRequest.of("就业补助资金", 1, 10), store).hits() }} holds the reference document,
 * its 项目 fragment "<mark>就业补助资金</mark>-2024年中央<mark>就业补助资金</mark>（柳财社【2024】41号）".
 */
public final class SearchIndex implements AutoCloseable {

    /** Splits a query typed without spaces into words, when it is not found as typed (no stop words: every word counts). */
    /** When a search last asked the store for versions stored elsewhere, and how far behind the index was then. */
    private volatile long lookedAt = System.nanoTime() - 2_000_000_000L;
    private volatile long lastBehind = -1;

    private static final Analyzer SMARTCN = new org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer(
            org.apache.lucene.analysis.CharArraySet.EMPTY_SET);


    /** The index's layout; an index written with another one is built again. */
    static final String LAYOUT = "7";
    /**
     * Matches are counted exactly up to this many; past it the count is a lower bound
     * ({@link SearchResults#totalExact} false) and the search skips the matches that cannot make the page.
     */
    static final int COUNT_UP_TO = 1000;
    /**
     * The weight of a character less in a matching unit's name: 0.005, 0.32 at most, below the
     * smallest difference of the parts' weights (0.5), so it only orders equal matches. Among equal
     * scores the index's order decides: newer year first, then the later stored (the index is sorted so).
     */
    static final float BREVITY_WEIGHT = 0.005f;
    /** The field the query's words are cut into tokens for: any exact field, they all have the same analyzer. */
    private static final String EXACT_FIELD = SearchPart.UNIT.exactField();
    /** Behind by at most this many versions, a search catches up first; further behind, it is done in the background. */
    static final int CATCH_UP_BEFORE_SEARCH = 50;
    /** Versions added between commits while catching up. */
    static final int BATCH = 500;
    /** A write left uncommitted this long is committed with the next one (a crash loses nothing: the store has it). */
    static final long COMMIT_AFTER_NANOS = 5_000_000_000L;

    private static final System.Logger LOG = System.getLogger(SearchIndex.class.getName());

    private final Path folder;
    private final Analyzer exact = new ExactTextAnalyzer();
    private final ReentrantLock catchingUp = new ReentrantLock();
    private final Object writing = new Object();
    private final AtomicBoolean backgroundQueued = new AtomicBoolean();
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "gongkai-index");
        t.setDaemon(true);
        return t;
    });
    private volatile Open open;
    private volatile boolean closed;

    /** The writer, the readers and what is in them; replaced whole when the index is built again. */
    private static final class Open {
        final Directory directory;
        final IndexWriter writer;
        final SearcherManager searchers;
        final Path temporary;
        final Set<Long> indexed = new HashSet<>();
        final Set<Long> skipped = new HashSet<>();
        final Map<String, Integer> newest = new HashMap<>();
        volatile long highest;
        /** Written since the readers were last opened. */
        volatile boolean stale;
        int uncommitted;
        long lastCommit = System.nanoTime();

        Open(Directory directory, IndexWriter writer, Path temporary) throws IOException {
            this.directory = directory;
            this.writer = writer;
            this.searchers = new SearcherManager(writer, null);
            this.temporary = temporary;
        }

        /** Drops what is not committed and lets go of the folder: the index is about to be built again. */
        void discard() {
            try {
                searchers.close();
                writer.rollback();
            } catch (IOException | RuntimeException ignored) {
                // the folder is emptied next
            } finally {
                releaseFolder();
            }
        }

        /** Closes the folder, and deletes it when it was a temporary one. */
        private void releaseFolder() {
            try {
                directory.close();
            } catch (IOException ignored) {
                // nothing left to do with it
            }
            if (temporary != null) {
                deleteTree(temporary);
            }
        }

        void close() {
            try {
                searchers.close();
                if (writer.isOpen()) {
                    writer.commit();
                    writer.close();
                }
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "搜索索引关闭时出错：" + e.getMessage(), e);
                try {
                    writer.rollback();
                } catch (IOException | RuntimeException ignored) {
                    // the store has everything: the index is rebuilt at the next start if need be
                }
            } finally {
                releaseFolder();
            }
        }
    }

    private SearchIndex(Path folder) {
        this.folder = folder;
    }

    /**
     * Opens the index in {@code folder} (created when missing; emptied and built again when it cannot
     * be read or has another layout). It holds what it held when last closed: {@link #catchUp} adds
     * the rest. When another process has it open, this one keeps a private index in a temporary folder.
     */
    public static SearchIndex open(Path folder) {
        SearchIndex index = new SearchIndex(folder);
        index.open = index.openFolder();
        return index;
    }

    /** The folder the index lives in. */
    public Path folder() {
        return folder;
    }

    /** How many versions the index holds. */
    public int size() {
        Open o = current();
        synchronized (writing) {
            return o.indexed.size();
        }
    }

    /** The highest id indexed (or found unreadable), 0 when none. */
    public long highestId() {
        return current().highest;
    }

    /**
     * Adds each version {@code store} stores from now on as it is stored, and catches up with what
     * is stored already: at once when that is little, in the background when much (the server starts
     * without waiting; searches meanwhile say how many are still to come).
     */
    public void follow(DisclosureStore store) {
        store.onStored(this::add);
        long behind = store.maxId() - highestId();
        if (behind <= CATCH_UP_BEFORE_SEARCH) {
            catchUp(store);
        } else {
            catchUpInBackground(store);
        }
    }

    /**
     * Adds every version {@code store} holds that the index lacks, reading each with
     * {@link DisclosureStore#disclosure}; commits every {@value #BATCH} and at the end. An index that
     * holds a version the store does not (another database) is emptied first. Returns how many were added.
     */
    public int catchUp(DisclosureStore store) {
        catchingUp.lock();
        try {
            Open o = current();
            List<Long> ids = store.ids();
            Set<Long> stored = new HashSet<>(ids);
            boolean foreign;
            synchronized (writing) {
                foreign = !stored.containsAll(o.indexed);
            }
            if (foreign) {
                LOG.log(System.Logger.Level.INFO, "搜索索引与数据库不一致，重新建立：" + folder);
                o = rebuild(o);
            }
            int added = 0;
            for (long id : ids) {
                if (closed) {
                    break;
                }
                boolean known;
                synchronized (writing) {
                    known = o.indexed.contains(id) || o.skipped.contains(id);
                }
                if (known) {
                    continue;
                }
                Optional<StoredDisclosure> s = store.find(id);
                Optional<Disclosure> d;
                try {
                    d = store.disclosure(id);
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.WARNING, "编号 " + id + " 的公开文件无法读取，未加入搜索索引：" + e.getMessage(), e);
                    d = Optional.empty();
                }
                if (s.isEmpty() || d.isEmpty()) {
                    synchronized (writing) {
                        o.skipped.add(id);
                        o.highest = Math.max(o.highest, id);
                    }
                    continue;
                }
                if (write(o, s.get(), d.get(), false) && ++added % BATCH == 0) {
                    commit(o);
                    refresh(o);
                }
            }
            commit(o);
            refresh(o);
            return added;
        } finally {
            catchingUp.unlock();
        }
    }

    /** Starts {@link #catchUp} on the index's own thread, unless one is already waiting to run. */
    public void catchUpInBackground(DisclosureStore store) {
        if (closed || !backgroundQueued.compareAndSet(false, true)) {
            return;
        }
        background.execute(() -> {
            backgroundQueued.set(false);
            try {
                int n = catchUp(store);
                LOG.log(System.Logger.Level.INFO, "搜索索引已加入 " + n + " 份公开文件");
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "搜索索引更新失败：" + e.getMessage(), e);
            }
        });
    }

    /**
     * Adds one version just stored, visible to the next search (which opens the readers again first,
     * so that many imports in a row do not each pay for it); does nothing when it is indexed already.
     */
    public void add(StoredDisclosure stored, Disclosure disclosure) {
        Open o = current();
        if (write(o, stored, disclosure, true)) {
            o.stale = true;
        }
    }

    /**
     * Searches, after catching up with versions {@code store} holds that the index lacks (at once
     * when they are few, else in the background, the answer saying how many are pending).
     */
    public SearchResults search(SearchRequest request, DisclosureStore store) {
        long pending = 0;
        if (request.problem() == null) {
            current();
            // what another process stored is looked for at most once a second (this process's imports are indexed as stored),
            // and before every search while the index is behind
            long now = System.nanoTime();
            long behind = 0;
            if (lastBehind != 0 || now - lookedAt > 1_000_000_000L) {
                lookedAt = now;
                behind = store.maxId() - highestId();
                lastBehind = behind;
            }
            if (behind > CATCH_UP_BEFORE_SEARCH) {
                catchUpInBackground(store);
                pending = behind;
            } else if (behind > 0) {
                catchUp(store);
            }
        }
        SearchResults r = search(request);
        return pending == 0 ? r : new SearchResults(r.request(), r.problem(), r.total(), r.totalExact(), r.hits(), pending);
    }

    /** Searches the index as it is. */
    public SearchResults search(SearchRequest request) {
        SearchProblem problem = request.problem();
        if (problem != null) {
            return SearchResults.refused(request, problem);
        }
        SearchResults asTyped = searchAsTyped(request);
        if (asTyped.problem() != null || asTyped.total() > 0
                || !request.text().codePoints().allMatch(c -> Character.isIdeographic(c) || Character.isDigit(c))) {
            return asTyped;
        }
        // Chinese typed without spaces and not found as typed, e.g. "就业资金补助": its words (smartcn), each to be found somewhere, "就业 资金 补助"
        List<String> words = words(request.text());
        if (words.size() < 2) {
            return asTyped;
        }
        return searchAsTyped(new SearchRequest(String.join(" ", words), request.filter(), request.page(), request.size(),
                request.allVersions()));
    }

    /**
     * The Chinese words of {@code text} by smartcn, words of two or more characters only, in order
     * and each once: "就业资金补助" gives [就业, 资金, 补助]; "2080101行政运行" gives [2080101, 行政, 运行].
     */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        try (TokenStream ts = SMARTCN.tokenStream("q", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String w = term.toString();
                if (w.codePointCount(0, w.length()) >= 2 && !words.contains(w)) {
                    words.add(w);
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    private SearchResults searchAsTyped(SearchRequest request) {
        Query text = textQuery(request.text());
        if (text == null) {
            return SearchResults.refused(request, SearchProblem.NO_WORDS);
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
        filter(all, request);
        Query query = all.build();
        Open o = current();
        if (o.stale) {
            o.stale = false;
            refresh(o);
        }
        SearcherManager manager = o.searchers;
        IndexSearcher searcher;
        try {
            searcher = manager.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException("搜索索引无法读取：" + e.getMessage(), e);
        }
        try {
            int wanted = request.page() * request.size();
            // counting stops at COUNT_UP_TO: past it, the best hits are found without looking at every match
            TopScoreDocCollectorManager best = new TopScoreDocCollectorManager(wanted, null, Math.max(wanted, COUNT_UP_TO));
            TopDocs top = request.allVersions() ? searcher.search(query, best) : searcher.search(query, new NewestOnly(best));
            long total = top.totalHits.value;
            boolean counted = top.totalHits.relation == TotalHits.Relation.EQUAL_TO;
            int from = (request.page() - 1) * request.size();
            if (from >= top.scoreDocs.length) {
                return new SearchResults(request, null, total, counted, List.of(), 0);
            }
            ScoreDoc[] page = java.util.Arrays.copyOfRange(top.scoreDocs, from, top.scoreDocs.length);
            return new SearchResults(request, null, total, counted, hits(searcher, PassageFinder.of(exact, EXACT_FIELD, request.text()), page), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("搜索索引无法读取：" + e.getMessage(), e);
        } finally {
            try {
                manager.release(searcher);
            } catch (IOException ignored) {
                // the reader is closed with its manager
            }
        }
    }

    /** The hits of {@code page}: each version's stored fields read once, each part's fragment found in its text. */
    private static List<SearchHit> hits(IndexSearcher searcher, PassageFinder finder, ScoreDoc[] page) throws IOException {
        StoredFields stored = searcher.storedFields();
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        List<SearchHit> hits = new ArrayList<>(page.length);
        for (ScoreDoc sd : page) {
            Document doc = stored.document(sd.doc);
            List<SearchFragment> fragments = new ArrayList<>();
            for (SearchPart p : SearchPart.values()) {
                String html = finder.fragment(doc.get(p.exactField()), p.passages());
                if (html != null && !html.isEmpty()) {
                    fragments.add(new SearchFragment(p, html));
                }
            }
            hits.add(new SearchHit(Long.parseLong(doc.get(IndexedDocument.ID)), nonNull(doc.get(IndexedDocument.PROVINCE)),
                    nonNull(doc.get(IndexedDocument.REGION_KEY)), nonNull(doc.get(IndexedDocument.DEPARTMENT_KEY)),
                    nonNull(doc.get(IndexedDocument.UNIT_KEY)), doc.getField(IndexedDocument.YEAR).numericValue().intValue(),
                    DisclosureKind.valueOf(doc.get(IndexedDocument.KIND)),
                    doc.getField(IndexedDocument.VERSION).numericValue().intValue(), latest(leaves, sd.doc),
                    nonNull(doc.get(SearchPart.TITLE.exactField())), sd.score, fragments));
        }
        return hits;
    }

    private static boolean latest(List<LeafReaderContext> leaves, int doc) throws IOException {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        NumericDocValues v = leaf.reader().getNumericDocValues(IndexedDocument.LATEST);
        return v != null && v.advanceExact(doc - leaf.docBase) && v.longValue() == 1;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    /**
     * The query of {@code text}: every whitespace-separated word must be found in some part as an
     * exact substring (pairs of characters as a phrase); null when no word is left once punctuation
     * and symbols are dropped. Nothing in the text is query syntax. A word scores the weights of the
     * parts it is found in, however often ({@link SearchPart#boost}: the unit's name 4, the
     * 情况说明 1), so that the best hits are found without scoring every match (see {@link #COUNT_UP_TO});
     * found in the unit's name, a shorter name scores a little more.
     */
    Query textQuery(String text) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int words = 0;
        for (String word : text.strip().split("\\s+")) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            int clauses = 0;
            for (SearchPart p : SearchPart.values()) {
                Query e = phrase(exact, p.exactField(), word);
                if (e != null) {
                    Query scored = new BoostQuery(new ConstantScoreQuery(e), p.boost());
                    if (p == SearchPart.UNIT) {
                        // found in the unit's name: the shorter name first, the unit named as asked before its branches
                        scored = new BooleanQuery.Builder().add(scored, BooleanClause.Occur.MUST)
                                .add(FeatureField.newLinearQuery(IndexedDocument.FEATURES, IndexedDocument.BREVITY, BREVITY_WEIGHT),
                                        BooleanClause.Occur.SHOULD).build();
                    }
                    any.add(scored, BooleanClause.Occur.SHOULD);
                    clauses++;
                }
            }
            if (clauses > 0) {
                all.add(any.build(), BooleanClause.Occur.MUST);
                words++;
            }
        }
        return words == 0 ? null : all.build();
    }

    /** The pairs of characters of {@code word} in {@code field} as a phrase (a term when one); a lone Chinese character as a prefix of pairs. */
    private static Query phrase(Analyzer analyzer, String field, String word) {
        List<String> terms = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, word)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int position = -1;
            while (ts.incrementToken()) {
                position += inc.getPositionIncrement();
                terms.add(term.toString());
                positions.add(Math.max(position, 0));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (terms.isEmpty()) {
            return null;
        }
        if (terms.size() == 1) {
            Term t = new Term(field, terms.get(0));
            // one Chinese character alone: indexed text holds it inside the pairs that begin with it,
            // and alone where it ends a run (ExactTextAnalyzer.forIndex)
            boolean single = terms.get(0).codePointCount(0, terms.get(0).length()) == 1
                    && Character.isIdeographic(terms.get(0).codePointAt(0));
            return single ? new PrefixQuery(t) : new TermQuery(t);
        }
        // within a run of pairs, every other one and the last cover the run: fewer terms, the same matches
        // (a run never continues across a gap of ExactTextAnalyzer.RUN_GAP positions)
        PhraseQuery.Builder b = new PhraseQuery.Builder();
        int covered = -1;
        for (int i = 0; i < terms.size(); i++) {
            int at = positions.get(i);
            boolean runEnds = i + 1 == terms.size() || positions.get(i + 1) != at + 1;
            if (at > covered || runEnds && at + 1 > covered) {
                b.add(new Term(field, terms.get(i)), at);
                covered = at + 1;
            }
        }
        return b.build();
    }

    /**
     * Collects only the newest version of each unit, year and kind, checking each match as it is
     * collected: a filter in the query would keep the scorer from skipping the matches that cannot
     * make the page.
     */
    private record NewestOnly(TopScoreDocCollectorManager best) implements CollectorManager<NewestOnly.Collecting, TopDocs> {

        static final class Collecting extends FilterCollector {

            final TopScoreDocCollector best;

            Collecting(TopScoreDocCollector best) {
                super(best);
                this.best = best;
            }

            @Override
            public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
                NumericDocValues latest = context.reader().getNumericDocValues(IndexedDocument.LATEST);
                LeafCollector in = super.getLeafCollector(context);
                return new FilterLeafCollector(in) {
                    @Override
                    public void collect(int doc) throws IOException {
                        if (latest != null && latest.advanceExact(doc) && latest.longValue() == 1) {
                            in.collect(doc);
                        }
                    }
                };
            }
        }

        @Override
        public Collecting newCollector() {
            return new Collecting(best.newCollector());
        }

        @Override
        public TopDocs reduce(Collection<Collecting> collectors) throws IOException {
            List<TopScoreDocCollector> each = new ArrayList<>();
            for (Collecting c : collectors) {
                each.add(c.best);
            }
            return best.reduce(each);
        }
    }

    private static void filter(BooleanQuery.Builder q, SearchRequest request) {
        DisclosureFilter f = request.filter();
        if (f.region() != null) {
            q.add(new TermQuery(new Term(IndexedDocument.REGION_KEY, f.region())), BooleanClause.Occur.FILTER);
        }
        if (f.department() != null) {
            q.add(new TermQuery(new Term(IndexedDocument.DEPARTMENT_KEY, f.department())), BooleanClause.Occur.FILTER);
        }
        if (f.unit() != null) {
            q.add(new TermQuery(new Term(IndexedDocument.UNIT_KEY, f.unit())), BooleanClause.Occur.FILTER);
        }
        if (f.year() != null) {
            q.add(IntPoint.newExactQuery(IndexedDocument.YEAR, f.year()), BooleanClause.Occur.FILTER);
        }
        if (f.kind() != null) {
            q.add(new TermQuery(new Term(IndexedDocument.KIND, f.kind().name())), BooleanClause.Occur.FILTER);
        }
    }

    /**
     * Writes one version; the older versions of its unit, year and kind stop being the newest.
     * Returns false when it was indexed already.
     */
    private boolean write(Open o, StoredDisclosure s, Disclosure d, boolean commitWhenDue) {
        String series = IndexedDocument.series(s);
        synchronized (writing) {
            if (o.indexed.contains(s.id())) {
                return false;
            }
            try {
                int newest = o.newest.getOrDefault(series, 0);
                boolean latest = s.version() > newest;
                if (latest && newest > 0) {
                    o.writer.updateNumericDocValue(new Term(IndexedDocument.SERIES, series), IndexedDocument.LATEST, 0);
                }
                o.writer.addDocument(IndexedDocument.of(s, d, latest));
                if (latest) {
                    o.newest.put(series, s.version());
                }
                o.indexed.add(s.id());
                o.highest = Math.max(o.highest, s.id());
                o.uncommitted++;
                if (commitWhenDue && (o.uncommitted >= BATCH || System.nanoTime() - o.lastCommit > COMMIT_AFTER_NANOS)) {
                    commitHeld(o);
                }
                return true;
            } catch (IOException e) {
                throw new UncheckedIOException("搜索索引无法写入（" + folder + "）：" + e.getMessage(), e);
            }
        }
    }

    private void commit(Open o) {
        synchronized (writing) {
            try {
                commitHeld(o);
            } catch (IOException e) {
                throw new UncheckedIOException("搜索索引无法保存（" + folder + "）：" + e.getMessage(), e);
            }
        }
    }

    private static void commitHeld(Open o) throws IOException {
        if (o.uncommitted > 0 || !DirectoryReader.indexExists(o.directory)) {
            o.writer.setLiveCommitData(Map.of("layout", LAYOUT).entrySet());
            o.writer.commit();
        }
        o.uncommitted = 0;
        o.lastCommit = System.nanoTime();
    }

    private static void refresh(Open o) {
        try {
            o.searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("搜索索引无法刷新：" + e.getMessage(), e);
        }
    }

    /** The open index; opened again, empty, when its folder has gone. */
    private Open current() {
        Open o = open;
        if (o.temporary == null && !Files.isDirectory(folder) && !closed) {
            catchingUp.lock();
            try {
                if (open == o) {
                    LOG.log(System.Logger.Level.INFO, "搜索索引目录不见了，重新建立：" + folder);
                    o = rebuild(o);
                } else {
                    o = open;
                }
            } finally {
                catchingUp.unlock();
            }
        }
        return o;
    }

    /** Closes {@code old}, empties the folder and opens it again, empty. Called holding {@link #catchingUp}. */
    private Open rebuild(Open old) {
        synchronized (writing) {
            old.discard();
            if (old.temporary == null) {
                deleteTree(folder);
            }
            open = openFolder();
            return open;
        }
    }

    private Open openFolder() {
        try {
            return openIn(folder, null);
        } catch (LockObtainFailedException e) {
            try {
                Path temporary = Files.createTempDirectory("gongkai-index");
                LOG.log(System.Logger.Level.WARNING, "搜索索引 " + folder + " 已被另一个进程使用，本进程改用临时索引 " + temporary);
                return openIn(temporary, temporary);
            } catch (IOException again) {
                throw new UncheckedIOException("无法建立搜索索引：" + again.getMessage(), again);
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "搜索索引无法读取，重新建立：" + folder + "（" + e.getMessage() + "）");
            deleteTree(folder);
            try {
                return openIn(folder, null);
            } catch (IOException again) {
                throw new UncheckedIOException("无法建立搜索索引 " + folder + "：" + again.getMessage(), again);
            }
        }
    }

    private Open openIn(Path dir, Path temporary) throws IOException {
        Files.createDirectories(dir);
        Directory directory = FSDirectory.open(dir);
        IndexWriter writer = null;
        try {
            if (DirectoryReader.indexExists(directory)) {
                String layout = SegmentInfos.readLatestCommit(directory).getUserData().get("layout");
                if (!LAYOUT.equals(layout)) {
                    throw new IOException("索引格式 " + layout + " 不是 " + LAYOUT);
                }
            }
            IndexWriterConfig config = new IndexWriterConfig(ExactTextAnalyzer.forIndex()).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(64)
                    // equal scores in the order of the index: the newer year first, then the later stored
                    .setIndexSort(new Sort(new SortField(IndexedDocument.YEAR_SORT, SortField.Type.INT, true),
                            new SortField(IndexedDocument.ID_SORT, SortField.Type.LONG, true)));
            writer = new IndexWriter(directory, config);
            Open o = new Open(directory, writer, temporary);
            load(o);
            if (!DirectoryReader.indexExists(directory)) {
                commitHeld(o);
            }
            return o;
        } catch (IOException | RuntimeException e) {
            if (writer != null) {
                try {
                    writer.rollback();
                } catch (IOException | RuntimeException ignored) {
                    // the first error is the one to report
                }
            }
            directory.close();
            throw e;
        }
    }

    /** Reads which versions the index holds and the newest version of each series. */
    private static void load(Open o) throws IOException {
        IndexSearcher searcher = o.searchers.acquire();
        try {
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                StoredFields fields = leaf.reader().storedFields();
                for (int i = 0; i < leaf.reader().maxDoc(); i++) {
                    if (live != null && !live.get(i)) {
                        continue;
                    }
                    Document doc = fields.document(i, Set.of(IndexedDocument.ID, IndexedDocument.SERIES, IndexedDocument.VERSION));
                    long id = Long.parseLong(doc.get(IndexedDocument.ID));
                    o.indexed.add(id);
                    o.highest = Math.max(o.highest, id);
                    o.newest.merge(doc.get(IndexedDocument.SERIES),
                            doc.getField(IndexedDocument.VERSION).numericValue().intValue(), Math::max);
                }
            }
        } finally {
            o.searchers.release(searcher);
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("无法清空搜索索引目录 " + dir + "：" + e.getMessage(), e);
        }
    }

    /** Commits what is written, stops the background thread and closes the index. */
    @Override
    public void close() {
        closed = true;
        background.shutdown();
        catchingUp.lock();
        try {
            synchronized (writing) {
                open.close();
            }
        } finally {
            catchingUp.unlock();
        }
    }
}
