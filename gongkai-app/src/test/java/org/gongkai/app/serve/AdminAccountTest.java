package org.gongkai.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The administrator account: made once with a password shown once, kept only as a hash, checked both ways. */
class AdminAccountTest {

    @TempDir
    Path home;

    @Test
    void theFirstStartMakesAPasswordShownOnceAndKeptOnlyAsAHash() throws Exception {
        AdminAccount first = AdminAccount.openOrCreate(home, null);
        String password = first.newPassword();
        assertThat(password).hasSize(16);
        String kept = Files.readString(home.resolve("admin.properties"), StandardCharsets.UTF_8);
        assertThat(kept).contains("hash=", "salt=").doesNotContain(password);
        AdminAccount again = AdminAccount.openOrCreate(home, null);
        assertThat(again.newPassword()).isNull();
        assertThat(again.accepts("admin", password)).isTrue();
        assertThat(again.accepts("admin", password + "x")).isFalse();
        assertThat(again.accepts("root", password)).isFalse();
    }

    @Test
    void aPasswordFromTheEnvironmentReplacesTheKeptOne() {
        AdminAccount.openOrCreate(home, null);
        AdminAccount set = AdminAccount.openOrCreate(home, "新密码-2026");
        assertThat(set.newPassword()).isNull();
        assertThat(AdminAccount.openOrCreate(home, null).accepts("admin", "新密码-2026")).isTrue();
    }

    @Test
    void onlyABasicHeaderWithTheRightPasswordIsAccepted() {
        AdminAccount a = AdminAccount.withPassword("pw");
        assertThat(a.acceptsHeader("Basic " + Base64.getEncoder().encodeToString("admin:pw".getBytes(StandardCharsets.UTF_8)))).isTrue();
        assertThat(a.acceptsHeader("Basic " + Base64.getEncoder().encodeToString("admin:pv".getBytes(StandardCharsets.UTF_8)))).isFalse();
        assertThat(a.acceptsHeader("Bearer x")).isFalse();
        assertThat(a.acceptsHeader("Basic !!!")).isFalse();
        assertThat(a.acceptsHeader(null)).isFalse();
    }
}
