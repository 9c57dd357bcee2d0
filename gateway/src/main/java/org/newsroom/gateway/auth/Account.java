package org.newsroom.gateway.auth;

import java.util.List;

/** Someone who can sign in: a bcrypt hash, never a password. */
public record Account(String username, String passwordHash, List<String> roles) {
}
