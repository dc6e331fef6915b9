package org.gongkai.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.ListResourceBundle;

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
        cl.setResourceBundle(new Wording());
        // picocli's own help subcommand describes itself in English
        cl.getSubcommands().get("help").getCommandSpec().usageMessage().header("显示某个命令的帮助，如：gongkai help check")
                .description("不给命令时显示 gongkai 本身的帮助。");
        // Chinese help has no spaces to wrap at: on a wide terminal use its width, and 100 columns
        // where none is known (a pipe), so that the lines, and the paths and options in them, are not cut
        cl.setUsageHelpAutoWidth(true);
        cl.setUsageHelpWidth(100);
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("gongkai：" + inChinese(ex));
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

    /**
     * picocli's own words in the help, in Chinese: the synopsis heading and the standard options.
     * Example: "用法：gongkai check [-hV] …", "-h, --help  显示本帮助后退出".
     */
    static final class Wording extends ListResourceBundle {
        @Override
        protected Object[][] getContents() {
            return new Object[][] {
                {"usage.synopsisHeading", "用法："},
                {"usage.commandListHeading", "%n命令：%n"},
                {"mixinStandardHelpOptions.help", "显示本帮助后退出"},
                {"mixinStandardHelpOptions.version", "显示版本后退出"},
                {"help", "显示本帮助后退出"},
                {"version", "显示版本后退出"},
            };
        }
    }

    /**
     * The command line's mistake in Chinese: "未知选项“--togther”，是不是要用 --together？",
     * "选项 --format 的值“xml”无效，可选：text、json、html"; others as picocli says them.
     */
    static String inChinese(CommandLine.ParameterException ex) {
        if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String first = u.getUnmatched().get(0);
            List<String> suggested = u.getSuggestions();
            return (u.isUnknownOption() ? "未知选项“" : "多余的参数“") + first + "”"
                    + (suggested.isEmpty() ? "" : "，是不是要用 " + String.join("、", suggested) + "？");
        }
        if (ex instanceof CommandLine.MissingParameterException m && !m.getMissing().isEmpty()) {
            List<String> names = new ArrayList<>();
            for (CommandLine.Model.ArgSpec a : m.getMissing()) {
                names.add(a.isOption() ? "选项 " + ((CommandLine.Model.OptionSpec) a).longestName() : "参数 " + a.paramLabel());
            }
            return "缺少" + String.join("、", names);
        }
        CommandLine.Model.ArgSpec a = ex.getArgSpec();
        if (a != null && ex.getValue() != null && ex.getMessage() != null && ex.getMessage().startsWith("Invalid value")) {
            // "Invalid value for option '--format': expected one of [text, json, html] … but was 'xml'"
            String name = a.isOption() ? "选项 " + ((CommandLine.Model.OptionSpec) a).longestName() : "参数 " + a.paramLabel();
            List<String> allowed = new ArrayList<>();
            if (a.completionCandidates() != null) {
                a.completionCandidates().forEach(allowed::add);
            }
            return name + " 的值“" + ex.getValue() + "”无效" + (allowed.isEmpty() ? "" : "，可选：" + String.join("、", allowed));
        }
        return ex.getMessage();
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
