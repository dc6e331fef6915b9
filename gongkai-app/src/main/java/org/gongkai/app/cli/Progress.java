package org.gongkai.app.cli;

import java.io.PrintWriter;

/**
 * The one line of progress a long command shows on a terminal's standard error, a bar and the
 * count done ("[████░░░░░░░░░░░░░░░░] 24/120 正在检查 a.pdf…"), rewritten in place and cleared
 * before anything else is printed. Shows nothing when
 * standard error is not a terminal (a log, a pipe, a test), so that logs stay clean.
 */
final class Progress {

    private final PrintWriter err;
    private final boolean shown;
    private final int total;

    private Progress(PrintWriter err, boolean shown, int total) {
        this.err = err;
        this.shown = shown;
        this.total = total;
    }

    /** Progress over {@code total} items, shown when the process has a terminal. */
    static Progress onTerminal(PrintWriter err, int total) {
        return new Progress(err, System.console() != null, total);
    }

    /** Shows that item {@code index} (0-based) is being worked on, {@code index} of them done. */
    void at(int index, String what) {
        if (shown) {
            err.print("\r\033[K" + line(index, total, what));
            err.flush();
        }
    }

    /** "[████░░░░░░░░░░░░░░░░] 24/120 what": a bar of {@value #WIDTH} cells, the share of items done. */
    static String line(int index, int total, String what) {
        int filled = total == 0 ? WIDTH : (int) ((long) index * WIDTH / total);
        return "[" + "█".repeat(filled) + "░".repeat(WIDTH - filled) + "] " + index + "/" + total + " " + what;
    }

    private static final int WIDTH = 20;

    /** Clears the line, before a result is printed. */
    void clear() {
        if (shown) {
            err.print("\r\033[K");
            err.flush();
        }
    }
}
