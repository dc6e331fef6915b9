package org.gongkai.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.BindException;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/** {@code gongkai serve}'s command line; the server itself is tested in PortalServerTest. */
class ServeCommandTest {

    @Test
    void aBadPortIsOneLineAndStartsNothing() {
        CommandLine cl = GongkaiCommand.commandLine();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(err, true));
        assertThat(cl.execute("serve", "--port", "70000")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).startsWith("gongkai：端口 70000 无效");
    }

    @Test
    void aPortInUseIsToldFromTheCauses() {
        assertThat(ServeCommand.portInUse(new IllegalStateException("启动失败", new BindException("Address already in use")))).isTrue();
        assertThat(ServeCommand.portInUse(new IllegalStateException("别的错误"))).isFalse();
    }
}
