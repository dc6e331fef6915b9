package org.gongkai.app.search;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import org.gongkai.app.store.StoredDisclosure;
import org.gongkai.core.SharedFixtures;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.DisclosureKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * In-process timing of the index alone, without the database or HTTP: 10,000 copies of the reference
 * document under different units are indexed, then queries are timed (p50, p95) and printed. Runs only when asked:
 * {@code ./mvnw -q -B -o -pl gongkai-app -am test -Dtest=SearchIndexBenchmark -Dgongkai.bench=true -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(named = "gongkai.bench", matches = "true")
class SearchIndexBenchmark {

    @TempDir
    Path dir;

    @Test
    void tenThousandDisclosures() {
        int n = Integer.getInteger("gongkai.bench.documents", 10_000);
        Disclosure d = SharedFixtures.seed();
        try (SearchIndex index = SearchIndex.open(dir.resolve("index"))) {
            long t0 = System.nanoTime();
            for (int i = 1; i <= n; i++) {
                StoredDisclosure s = new StoredDisclosure(i, "区" + (i % 97), "山西省", "部门" + (i % 500), "单位" + i, 2015 + i % 10,
                        DisclosureKind.BUDGET, "UNIT", "shanxi-unit-budget-2024", "2024年度单位预算公开", 1, "sha" + i, i + ".txt",
                        OffsetDateTime.now(), 74, 0, 0, 0);
                index.add(s, d);
            }
            long indexed = System.nanoTime() - t0;
            System.out.printf("indexed %d in %.1f s%n", n, indexed / 1e9);
            for (String q : List.of("就业补助资金", "单位4711", "2080101", "提前下达 资金", "航天飞机", "局")) {
                long[] times = new long[200];
                long total = 0;
                for (int i = 0; i < times.length; i++) {
                    long s = System.nanoTime();
                    total = index.search(SearchRequest.of(q, 1 + i % 3, 10)).total();
                    times[i] = System.nanoTime() - s;
                }
                Arrays.sort(times);
                System.out.printf("%-10s total %6d  p50 %.2f ms  p95 %.2f ms%n", q, total, times[100] / 1e6, times[190] / 1e6);
            }
        }
    }
}
