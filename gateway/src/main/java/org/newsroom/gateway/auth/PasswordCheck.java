package org.newsroom.gateway.auth;

import jakarta.inject.Singleton;

/** Whether a password matches a bcrypt hash: the slow step of signing in, as a bean so tests can count it. */
@Singleton
public class PasswordCheck {

    public boolean matches(String password, String hash) {
        return Passwords.matches(password, hash);
    }
}
