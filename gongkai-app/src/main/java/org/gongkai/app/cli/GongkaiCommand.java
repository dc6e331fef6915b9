package org.gongkai.app.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code gongkai} command: one entry point, a subcommand per job. Errors reach the user as one
 * Chinese line and an exit code ({@link ExitCode}), never as a stack trace.
 * Example: {@code gongkai parse seed.txt --format json}.
 */
@Command(name = "gongkai", mixinStandardHelpOptions = true, version = "gongkai 0.1.0",
        description = "公开（gongkai）：预算公开文件的读取、检查、生成与发布。",
        subcommands = {ParseCommand.class, CheckCommand.class, RenderCommand.class, TemplateCommand.class, ImportCommand.class, GenerateCommand.class, ServeCommand.class, WarmupCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "退出码：0 成功；1 发现错误；2 文件无法读取或不完整；3 程序内部错误；4 数据库无法启动或连接；64 命令行用法错误。"})
public final class GongkaiCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The command line, configured: exit codes, error handling, UTF-8 output. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new GongkaiCommand());
        cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true));
        cl.setExitCodeExceptionMapper(t -> ExitCode.INTERNAL);
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("gongkai：" + ex.getMessage());
            c.getErr().println("用法见：" + c.getCommandSpec().qualifiedName() + " --help");
            return ExitCode.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            c.getErr().println("gongkai：程序内部错误（" + ex.getClass().getSimpleName() + "：" + ex.getMessage()
                    + "）。这是 gongkai 的缺陷，请附上输入文件报告此问题。");
            return ExitCode.INTERNAL;
        });
        return cl;
    }

    /** The libraries' own diagnostics (PDF layout, Office files) are for their developers, not for our users. */
    static void quietLibraries() {
        // POI logs through Log4j's API; without this it complains on stderr that no logging backend is installed
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.setProperty("org.apache.logging.log4j.simplelog.StatusLogger.level", "OFF");
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
    }

    public static void main(String[] args) {
        quietLibraries();
        System.exit(commandLine().execute(args));
    }
}
