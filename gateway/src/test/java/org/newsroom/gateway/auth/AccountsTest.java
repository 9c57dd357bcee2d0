package org.newsroom.gateway.auth;

import at.favre.lib.crypto.bcrypt.BCrypt;
import ch.qos.logback.classic.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsroom.support.testing.CapturedLogs;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountsTest {

    private static final String HASH = BCrypt.with(BCrypt.Version.VERSION_2Y).hashToString(4, "secret".toCharArray());

    @Test
    void aGeneratedAdminPasswordIsWrittenForItsOwnerOnlyAndNeverLogged(@TempDir Path dataDir) throws Exception {
        ch.qos.logback.classic.Logger logger = (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Accounts.class);
        Level level = logger.getLevel();
        logger.setLevel(Level.INFO);
        try (CapturedLogs logged = CapturedLogs.start()) {
            new Accounts("", null, dataDir.toString());

            String password = Files.readString(dataDir.resolve("admin-password"));
            assertThat(password).hasSizeGreaterThanOrEqualTo(24);
            assertThat(Files.getPosixFilePermissions(dataDir.resolve("admin-password"))).containsExactlyInAnyOrder(
                    PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
            List<String> lines = logged.linesAfterAccessLogOf(0);
            assertThat(lines).anyMatch(line -> line.contains("admin-password"));
            assertThat(lines).noneMatch(line -> line.contains(password));
        } finally {
            logger.setLevel(level);
        }
    }

    @Test
    void entriesAreUsernameHashAndRoles() {
        List<Account> accounts = Accounts.parse(" ed:" + HASH + ":EDITOR , mo:" + HASH + ":MODERATOR,both:" + HASH + ":EDITOR+MODERATOR,");

        assertThat(accounts).extracting(Account::username).containsExactly("ed", "mo", "both");
        assertThat(accounts).extracting(Account::roles)
                .containsExactly(List.of("EDITOR"), List.of("MODERATOR"), List.of("EDITOR", "MODERATOR"));
        assertThat(Accounts.parse("")).isEmpty();
    }

    @Test
    void malformedEntriesStopTheStartWithoutEchoingTheHash() {
        for (String entry : List.of("ed:" + HASH, "ed:not-a-hash:EDITOR", ":" + HASH + ":EDITOR", "ed:" + HASH + ":ADMIN",
                "ed:" + HASH + ":EDITOR:extra", "ed:$1$abc:EDITOR")) {
            assertThatThrownBy(() -> Accounts.parse(entry)).as(entry).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("ACCOUNTS").hasMessageNotContaining(HASH);
        }
    }

    @Test
    void aMalformedEntryIsNamedByItsPosition() {
        assertThatThrownBy(() -> Accounts.parse("ed:" + HASH + ":EDITOR, mo:" + HASH + ":BOSS ,both:" + HASH + ":EDITOR"))
                .hasMessageStartingWith("ACCOUNTS entry 2 of 3").hasMessageNotContaining(HASH).hasMessageNotContaining("mo:");
        assertThatThrownBy(() -> Accounts.parse("ed:" + HASH + ":EDITOR,,oops-no-colons"))
                .hasMessageStartingWith("ACCOUNTS entry 2 of 2").hasMessageNotContaining("oops");
    }

    @Test
    void twoEntriesForOneUserStopTheStart() {
        assertThatThrownBy(() -> Accounts.parse("dup:" + HASH + ":EDITOR, ed:" + HASH + ":EDITOR, dup:" + HASH + ":MODERATOR"))
                .hasMessageContaining("entries 1 and 3 of 3").hasMessageNotContaining(HASH);
    }

    @Test
    void everyBcryptVariantVerifies() {
        for (BCrypt.Version version : List.of(BCrypt.Version.VERSION_2A, BCrypt.Version.VERSION_2B, BCrypt.Version.VERSION_2Y)) {
            String hash = BCrypt.with(version).hashToString(4, "p4ss".toCharArray());
            assertThat(Passwords.matches("p4ss", hash)).as(hash).isTrue();
            assertThat(Passwords.matches("p4sS", hash)).as(hash).isFalse();
        }
    }

    @Test
    void anAdminInAccountsReplacesTheLocalOneAndNoPasswordIsGenerated() throws Exception {
        Path dataDir = Files.createTempDirectory("accounts-test");

        Accounts accounts = new Accounts("admin:" + HASH + ":MODERATOR", null, dataDir.toString());

        assertThat(accounts.find("admin").orElseThrow().roles()).containsExactly("MODERATOR");
        assertThat(dataDir.resolve("admin-password")).doesNotExist();
    }

    @Test
    void anEmptyPasswordFileIsReplacedByAGeneratedPassword() throws Exception {
        Path dataDir = Files.createTempDirectory("accounts-test");
        Files.writeString(dataDir.resolve("admin-password"), "\n");

        Accounts accounts = new Accounts("", null, dataDir.toString());

        String password = Files.readString(dataDir.resolve("admin-password")).trim();
        assertThat(password).hasSizeGreaterThanOrEqualTo(20);
        assertThat(Passwords.matches(password, accounts.find("admin").orElseThrow().passwordHash())).isTrue();
    }
}
