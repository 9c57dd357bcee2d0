package org.newsroom.support.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlatformSecretTest {

    @TempDir
    Path dataDir;

    @Test
    void configuredSecretWins() {
        String secret = "a-configured-secret-that-is-long-enough-1234";
        assertEquals(secret, PlatformSecret.resolve(secret, dataDir));
        assertTrue(Files.notExists(dataDir.resolve("jwt-secret")));
    }

    @Test
    void tooShortConfiguredSecretIsRefused() {
        assertThrows(IllegalStateException.class, () -> PlatformSecret.resolve("short", dataDir));
    }

    @Test
    void generatedSecretIsCreatedOnceAndReused() {
        String first = PlatformSecret.resolve(null, dataDir);
        String second = PlatformSecret.resolve("", dataDir);
        assertEquals(first, second);
        assertTrue(first.length() >= PlatformSecret.MIN_LENGTH);
    }
}
