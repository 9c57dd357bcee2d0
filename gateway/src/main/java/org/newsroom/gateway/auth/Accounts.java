package org.newsroom.gateway.auth;

import at.favre.lib.crypto.bcrypt.BCrypt;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The accounts from {@code ACCOUNTS} ({@code user:bcrypt-hash:ROLES,...}) plus the local {@code admin}
 * with both roles, whose password is {@code ADMIN_PASSWORD} or one generated once into
 * {@code DATA_DIR/admin-password}. Built at startup, off the event loop: hashing is slow on purpose,
 * and a generated password must be printed when the gateway starts.
 */
@Context
public class Accounts {

    static final String ADMIN = "admin";
    static final List<String> ALL_ROLES = List.of("EDITOR", "MODERATOR");
    private static final Logger LOG = LoggerFactory.getLogger(Accounts.class);
    private static final int ADMIN_HASH_COST = 10;

    private final Map<String, Account> byName = new HashMap<>();

    public Accounts(@Value("${gateway.accounts:}") String accounts,
                    @Nullable @Value("${gateway.admin-password:}") String adminPassword,
                    @Value("${data.dir:./data}") String dataDir) {
        for (Account account : parse(accounts)) {
            byName.put(account.username(), account);
        }
        String password = adminPassword == null || adminPassword.isBlank()
                ? generatedPassword(Path.of(dataDir).resolve("admin-password")) : adminPassword;
        byName.putIfAbsent(ADMIN, new Account(ADMIN,
                BCrypt.withDefaults().hashToString(ADMIN_HASH_COST, password.toCharArray()), ALL_ROLES));
    }

    public Optional<Account> find(String username) {
        return Optional.ofNullable(byName.get(username));
    }

    static List<Account> parse(String accounts) {
        return java.util.Arrays.stream(accounts.split(","))
                .map(String::trim)
                .filter(entry -> !entry.isEmpty())
                .map(Accounts::account)
                .toList();
    }

    private static Account account(String entry) {
        String[] parts = entry.split(":");
        if (parts.length != 3 || !parts[1].matches("\\$2[aby]\\$\\d\\d\\$.{53}")) {
            throw new IllegalArgumentException("ACCOUNTS entries must be username:bcrypt-hash:ROLES");
        }
        List<String> roles = List.of(parts[2].split("\\+"));
        if (!ALL_ROLES.containsAll(roles)) {
            throw new IllegalArgumentException("ACCOUNTS roles must be EDITOR, MODERATOR or EDITOR+MODERATOR");
        }
        return new Account(parts[0], parts[1], roles);
    }

    private static String generatedPassword(Path file) {
        try {
            if (Files.notExists(file)) {
                byte[] random = new byte[18];
                new SecureRandom().nextBytes(random);
                String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
                Files.createDirectories(file.toAbsolutePath().getParent());
                try {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                    Files.writeString(file, password, StandardCharsets.UTF_8);
                    LOG.info("Generated the admin password once, into {}: {}", file.toAbsolutePath(), password);
                } catch (FileAlreadyExistsException anotherInstanceWasFirst) {
                    // use the one already there
                }
            }
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the admin password in " + file, e);
        }
    }
}
