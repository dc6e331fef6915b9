package org.gongkai.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.gongkai.core.SharedFixtures;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.SourcePosition;
import org.junit.jupiter.api.Test;

/**
 * A check on two threads ({@link Checker}) reports what a check on one does: the same findings in
 * the same order, the same ledger; what both halves share is made once; a rule that throws on one
 * thread is recorded and the other half goes on.
 */
class CheckerThreadsTest {

    private static final Checker TWO = new Checker(RuleCatalog.rules(), true);
    private static final Checker ONE = TWO.oneThread();

    @Test
    void theReferenceDocumentGetsTheSameReportOnTwoThreadsAsOnOne() {
        Disclosure seed = SharedFixtures.seed();
        assertThat(TWO.twoThreads()).isTrue();
        assertThat(ONE.twoThreads()).isFalse();
        CheckReport one = ONE.check(seed);
        assertThat(one.findings()).hasSizeGreaterThan(50);
        for (int i = 0; i < 20; i++) {
            CheckReport two = TWO.check(seed);
            assertThat(two.findings()).containsExactlyElementsOf(one.findings());
            assertThat(two.ledger()).containsExactlyElementsOf(one.ledger());
        }
    }

    @Test
    void checksOfSeveralDocumentsAtOnceEachGetTheOneThreadReport() throws Exception {
        Disclosure seed = SharedFixtures.seed();
        CheckReport one = ONE.check(seed);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<CheckReport>> reports = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                reports.add(pool.submit(() -> TWO.check(seed)));
            }
            for (Future<CheckReport> r : reports) {
                CheckReport two = r.get(60, TimeUnit.SECONDS);
                assertThat(two.findings()).containsExactlyElementsOf(one.findings());
                assertThat(two.ledger()).containsExactlyElementsOf(one.ledger());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void whatBothHalvesAskForAtOnceIsMadeOnce() {
        AtomicInteger made = new AtomicInteger();
        SharedByBoth.made = made;
        Checker checker = new Checker(List.of(new TextRuleAsking(), new FigureRuleAsking()), true);
        for (int i = 0; i < 10; i++) {
            made.set(0);
            SharedByBoth.bothAsking = new CountDownLatch(2);
            CheckReport r = checker.check(SharedFixtures.seed());
            assertThat(made.get()).isEqualTo(1);
            assertThat(r.ledger()).extracting(LedgerEntry::outcome).containsOnly(Outcome.RAN);
            assertThat(r.findings()).extracting(Finding::ruleId).containsExactlyInAnyOrder("PROSE-990", "TBL-990");
        }
    }

    @Test
    void aRuleThatThrowsOnOneThreadIsRecordedAndTheOtherHalfGoesOn() {
        Checker checker = new Checker(List.of(new TextRuleThrowing(), new FigureRuleAsking()), true);
        SharedByBoth.made = new AtomicInteger();
        SharedByBoth.bothAsking = new CountDownLatch(0);
        CheckReport r = checker.check(SharedFixtures.seed());
        assertThat(r.ledger()).extracting(LedgerEntry::ruleId).containsExactly("PROSE-991", "TBL-990");
        assertThat(r.ledger().get(0).outcome()).isEqualTo(Outcome.COULD_NOT_RUN);
        assertThat(r.ledger().get(0).reason()).contains("IllegalStateException").contains("读不下去");
        assertThat(r.ledger().get(1).outcome()).isEqualTo(Outcome.RAN);
        assertThat(r.findings()).extracting(Finding::ruleId).containsExactly("TBL-990");
    }

    /** An object both halves of a check ask for; counts how often it is made. */
    static final class SharedByBoth {
        static volatile AtomicInteger made;
        static volatile CountDownLatch bothAsking;

        static SharedByBoth of(RuleRun run) {
            CountDownLatch latch = bothAsking;
            latch.countDown();
            try {
                latch.await(5, TimeUnit.SECONDS); // both threads ask at the same moment
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return run.shared(SharedByBoth.class, () -> {
                made.incrementAndGet();
                try {
                    Thread.sleep(20); // long enough for the other thread to ask meanwhile
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return new SharedByBoth();
            });
        }
    }

    /** A rule that asks for {@link SharedByBoth} and reports one note: its title. */
    abstract static class AskingRule implements Rule {
        @Override
        public void check(Disclosure d, RuleRun run) {
            SharedByBoth.of(run);
            run.report(Severity.INFO, Location.at(SourcePosition.UNKNOWN), null, null, null, "what", spec().title());
        }
    }

    @RuleSpec(id = "PROSE-990", severity = Severity.INFO, category = Category.FORMAT, title = "试验：正文一侧",
            message = "{what}", description = "试验用规则。")
    static final class TextRuleAsking extends AskingRule {
    }

    @RuleSpec(id = "TBL-990", severity = Severity.INFO, category = Category.FORMAT, title = "试验：数字一侧",
            message = "{what}", description = "试验用规则。")
    static final class FigureRuleAsking extends AskingRule {
    }

    @RuleSpec(id = "PROSE-991", severity = Severity.INFO, category = Category.FORMAT, title = "试验：出错",
            message = "{what}", description = "试验用规则。")
    static final class TextRuleThrowing implements Rule {
        @Override
        public void check(Disclosure d, RuleRun run) {
            throw new IllegalStateException("读不下去");
        }
    }
}
