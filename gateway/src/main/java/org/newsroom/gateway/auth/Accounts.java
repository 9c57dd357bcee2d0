package org.newsroom.gateway.auth;

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
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The accounts from {@code ACCOUNTS} ({@code user:bcrypt-hash:ROLES,...}) plus the local {@code admin}
 * with both roles, whose password is {@code ADMIN_PASSWORD} or one generated once into
 * {@code DATA_DIR/admin-password}; an {@code admin} entry in {@code ACCOUNTS} replaces it. Built at
 * startup, off the event loop: hashing is slow on purpose, and a generated password must be printed
 * when the gateway starts. A malformed {@code ACCOUNTS} stops the start with a message naming the rule.
 */
@Context
public class Accounts {

    static final String ADMIN = "admin";
    private static final Logger LOG = LoggerFactory.getLogger(Accounts.class);

    private final Map<String, Account> byName = new HashMap<>();

    public Accounts(@Value("${gateway.accounts:}") String accounts,
                    @Nullable @Value("${gateway.admin-password:}") String adminPassword,
                    @Value("${data.dir:./data}") String dataDir) {
        for (Account account : parse(accounts)) {
            byName.put(account.username(), account);
        }
        if (!byName.containsKey(ADMIN)) {
            String password = adminPassword == null || adminPassword.isBlank()
                    ? generatedPassword(Path.of(dataDir).resolve("admin-password")) : adminPassword;
            byName.put(ADMIN, new Account(ADMIN, Passwords.hash(password), Roles.ALL));
        }
    }

    public Optional<Account> find(String username) {
        return Optional.ofNullable(byName.get(username));
    }

    /** The bcrypt cost of the slowest account, for checking unknown users just as slowly. */
    int highestCost() {
        return byName.values().stream().mapToInt(account -> Passwords.costOf(account.passwordHash())).max().orElseThrow();
    }

    static List<Account> parse(String accounts) {
        List<String> entries = Arrays.stream(accounts.split(",")).map(String::trim).filter(entry -> !entry.isEmpty()).toList();
        List<Account> parsed = IntStream.range(0, entries.size()).mapToObj(i -> account(entries.get(i), i + 1, entries.size())).toList();
        for (int i = 0; i < parsed.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (parsed.get(i).username().equals(parsed.get(j).username())) {
                    throw new IllegalArgumentException("ACCOUNTS entries " + (j + 1) + " and " + (i + 1) + " of " + parsed.size()
                            + " name the same user: one of them would be ignored");
                }
            }
        }
        return parsed;
    }

    /** A malformed entry is named by its position only: its text may hold a hash (or a password typed by mistake). */
    private static Account account(String entry, int position, int count) {
        String[] parts = entry.split(":");
        String which = "ACCOUNTS entry " + position + " of " + count;
        if (parts.length != 3 || parts[0].isBlank() || !parts[1].matches("\\$2[aby]\\$\\d\\d\\$[./A-Za-z0-9]{53}")) {
            throw new IllegalArgumentException(which + " must be username:bcrypt-hash:ROLES");
        }
        List<String> roles = List.of(parts[2].trim().split("\\+"));
        if (!Roles.ALL.containsAll(roles)) {
            throw new IllegalArgumentException(which + ": roles must be EDITOR, MODERATOR or EDITOR+MODERATOR");
        }
        return new Account(parts[0].trim(), parts[1], roles.stream().distinct().toList());
    }

    /**
     * The password in {@code file}, or a new random one published there (owner-only) in one rename, so
     * that neither a crash nor a second instance starting at the same moment can leave it empty.
     */
    private static String generatedPassword(Path file) {
        try {
            Optional<String> existing = readPassword(file);
            if (existing.isPresent()) {
                return existing.get();
            }
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            Path directory = file.toAbsolutePath().getParent();
            Files.createDirectories(directory);
            Path draft = Files.createTempFile(directory, ".admin-password", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try {
                Files.writeString(draft, password, StandardCharsets.UTF_8);
                Files.deleteIfExists(file);
                Files.move(draft, file);
                LOG.info("Generated the admin password once, into {} (readable by this user only; never logged)", file.toAbsolutePath());
                return password;
            } catch (FileAlreadyExistsException anotherInstanceWasFirst) {
                return readPassword(file).orElseThrow(() -> new IllegalStateException("Empty admin password file " + file));
            } finally {
                Files.deleteIfExists(draft);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the admin password in " + file, e);
        }
    }

    private static Optional<String> readPassword(Path file) throws IOException {
        if (Files.notExists(file)) {
            return Optional.empty();
        }
        String password = Files.readString(file, StandardCharsets.UTF_8).trim();
        return password.isEmpty() ? Optional.empty() : Optional.of(password);
    }
}
