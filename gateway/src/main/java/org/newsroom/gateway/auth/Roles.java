package org.newsroom.gateway.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;

import java.util.List;

/** The two roles of the platform; an admin has both. */
public final class Roles {

    public static final String EDITOR = "EDITOR";
    public static final String MODERATOR = "MODERATOR";
    public static final List<String> ALL = List.of(EDITOR, MODERATOR);

    private Roles() {
    }

    public static boolean isEditor(@Nullable Authentication authentication) {
        return authentication != null && authentication.getRoles().contains(EDITOR);
    }
}
