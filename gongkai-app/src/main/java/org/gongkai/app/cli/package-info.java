/**
 * The {@code gongkai} command line (picocli): one subcommand per job, Chinese messages, exit
 * codes of {@link org.gongkai.app.cli.ExitCode}, and no stack trace ever shown to a user.
 */
package org.gongkai.app.cli;
