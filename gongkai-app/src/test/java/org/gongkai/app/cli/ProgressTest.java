package org.gongkai.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The progress line: a bar of twenty cells filled in the share of items done, and the count. */
class ProgressTest {

    @Test
    void theBarFillsWithTheShareDone() {
        assertThat(Progress.line(0, 120, "正在检查 a.pdf…")).isEqualTo("[░░░░░░░░░░░░░░░░░░░░] 0/120 正在检查 a.pdf…");
        assertThat(Progress.line(24, 120, "x")).isEqualTo("[████░░░░░░░░░░░░░░░░] 24/120 x");
        assertThat(Progress.line(119, 120, "x")).startsWith("[███████████████████░] 119/120");
        assertThat(Progress.line(3, 3, "x")).startsWith("[████████████████████] 3/3");
    }
}
