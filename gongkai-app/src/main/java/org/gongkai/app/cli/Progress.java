package org.gongkai.app.cli;

import java.io.PrintWriter;

/**
 * The one line of progress a long command shows on a terminal's standard error ("[3/120] 正在检查
 * a.pdf…"), rewritten in place and cleared before anything else is printed. Shows nothing when
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

    /** Shows that item {@code index} (0-based) is being worked on: "[index+1/total] what". */
    void at(int index, String what) {
        if (shown) {
            err.print("\r\033[K[" + (index + 1) + "/" + total + "] " + what);
            err.flush();
        }
    }

    /** Clears the line, before a result is printed. */
    void clear() {
        if (shown) {
            err.print("\r\033[K");
            err.flush();
        }
    }
}
