package org.newsroom.deployment;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the public contract (shared/API.md, "Operations" and its configuration table) fixes. */
final class Contract {

    static final List<String> SERVICES = List.of("articles-service", "comments-service", "gateway");
    static final List<String> BACKENDS = List.of("articles-service", "comments-service");
    static final String GATEWAY = "gateway";

    static final Set<String> HEALTH_PATHS = Set.of("/health", "/health/liveness", "/health/readiness");
    static final String READINESS = "/health/readiness";
    static final String LIVENESS = "/health/liveness";

    static final Set<String> VARIABLES = Set.of(
            "GATEWAY_PORT", "ARTICLES_PORT", "COMMENTS_PORT", "ARTICLES_URL", "COMMENTS_URL", "MONGODB_URI",
            "DATA_DIR", "JWT_SECRET", "ADMIN_PASSWORD", "COMMENT_FLOOD_SECONDS", "COMMENTS_TIMEOUT_MS",
            "MODERATION_MODE", "MODERATION_WORDS", "BLOCKED_WORDS", "ACCOUNTS", "RATE_LIMIT_PER_SECOND",
            "TRUSTED_PROXIES");

    static final Set<String> SECRETS = Set.of("JWT_SECRET", "ADMIN_PASSWORD", "ACCOUNTS", "MONGODB_URI");

    /** The gateway's variables that say where each backend service is. */
    static final Map<String, String> BACKEND_URLS = Map.of("ARTICLES_URL", "articles-service", "COMMENTS_URL", "comments-service");

    private Contract() {
    }
}
