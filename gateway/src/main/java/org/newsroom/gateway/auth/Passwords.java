package org.newsroom.gateway.auth;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategy;

/**
 * bcrypt as every other implementation does it: {@code $2a$}, {@code $2b$} and {@code $2y$} hashes,
 * passwords cut at 72 bytes (so hashes made by htpasswd or Python's bcrypt verify here too).
 */
final class Passwords {

    private static final LongPasswordStrategy CUT_AT_72_BYTES = LongPasswordStrategies.truncate(BCrypt.Version.VERSION_2A);
    private static final int COST = 10;

    private Passwords() {
    }

    static String hash(String password) {
        return hash(password, COST);
    }

    static String hash(String password, int cost) {
        return BCrypt.with(BCrypt.Version.VERSION_2A, CUT_AT_72_BYTES).hashToString(cost, password.toCharArray());
    }

    /** The cost factor of a {@code $2?$NN$...} hash. */
    static int costOf(String hash) {
        return Integer.parseInt(hash.substring(4, 6));
    }

    static boolean matches(String password, String hash) {
        return BCrypt.verifyer(BCrypt.Version.VERSION_2A, CUT_AT_72_BYTES).verify(password.toCharArray(), hash).verified;
    }
}
