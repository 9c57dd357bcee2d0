package org.newsroom.support.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The JWT signing secret shared by the gateway and the services: {@code JWT_SECRET} when set,
 * otherwise one generated once into {@code DATA_DIR/jwt-secret} and reused by every service on
 * this machine. The file is published with a hard link so that services starting together agree.
 */
public final class PlatformSecret {

    static final int MIN_LENGTH = 32;
    private static final String FILE_NAME = "jwt-secret";

    private PlatformSecret() {
    }

    public static String resolve(String configured, Path dataDir) {
        if (configured != null && !configured.isBlank()) {
            if (configured.length() < MIN_LENGTH) {
                throw new IllegalStateException("JWT_SECRET must be at least " + MIN_LENGTH + " characters long");
            }
            return configured;
        }
        return readOrCreate(dataDir.resolve(FILE_NAME));
    }

    private static String readOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                publish(file, generate());
            }
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the JWT secret in " + file, e);
        }
    }

    private static void publish(Path file, String secret) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path draft = Files.createTempFile(file.toAbsolutePath().getParent(), FILE_NAME, ".tmp");
        try {
            Files.writeString(draft, secret, StandardCharsets.UTF_8);
            Files.createLink(file, draft);
        } catch (FileAlreadyExistsException lostTheRace) {
            // another service published its secret first: everyone uses that one
        } finally {
            Files.deleteIfExists(draft);
        }
    }

    private static String generate() {
        byte[] bytes = new byte[48];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
