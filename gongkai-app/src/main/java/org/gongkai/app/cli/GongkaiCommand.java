package org.gongkai.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code gongkai} command. */
@Command(name = "gongkai", mixinStandardHelpOptions = true, version = "gongkai 0.1.0",
        description = "公开：预算公开文件的读取、检查、生成与发布。")
public final class GongkaiCommand implements Runnable {

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new GongkaiCommand()).execute(args));
    }
}
