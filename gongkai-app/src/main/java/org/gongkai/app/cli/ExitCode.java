package org.gongkai.app.cli;

/**
 * The command's exit codes, the same for every subcommand.
 * Example: {@code gongkai parse empty.txt} exits with {@link #UNREADABLE}.
 */
public final class ExitCode {

    /** Done, nothing wrong. */
    public static final int OK = 0;
    /** The input was read and has errors (check). */
    public static final int FINDINGS = 1;
    /** The input cannot be read, or is incomplete (truncated). */
    public static final int UNREADABLE = 2;
    /** The database cannot be started or reached (import, serve). */
    public static final int DATABASE = 4;
    /** A fault of gongkai itself: please report it. */
    public static final int INTERNAL = 3;
    /** The command line is wrong (unknown option, missing file argument). */
    public static final int USAGE = 64;

    private ExitCode() {
    }
}
