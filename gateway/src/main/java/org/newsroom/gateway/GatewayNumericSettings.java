package org.newsroom.gateway;

import jakarta.inject.Singleton;
import org.newsroom.support.settings.NumericSetting;
import org.newsroom.support.settings.NumericSettings;

import java.util.List;

/** The gateway's limits (0 turns one off), time budgets, circuit breaker and cache, each with its least value. */
@Singleton
class GatewayNumericSettings implements NumericSettings {

    @Override
    public List<NumericSetting> all() {
        return List.of(
                new NumericSetting("gateway.rate-limit-per-second", "RATE_LIMIT_PER_SECOND", 0),
                new NumericSetting("gateway.login.max-failures", "LOGIN_MAX_FAILURES", 0),
                new NumericSetting("gateway.login.max-failures-per-ip", "LOGIN_MAX_FAILURES_PER_IP", 0),
                new NumericSetting("gateway.login.window-seconds", "LOGIN_WINDOW_SECONDS", 1),
                new NumericSetting("gateway.comments.timeout-ms", "COMMENTS_TIMEOUT_MS", 1),
                new NumericSetting("gateway.articles.timeout-ms", "ARTICLES_TIMEOUT_MS", 1),
                new NumericSetting("gateway.circuit.window-seconds", "GATEWAY_CIRCUIT_WINDOW_SECONDS", 1),
                new NumericSetting("gateway.circuit.minimum-calls", "GATEWAY_CIRCUIT_MINIMUM_CALLS", 1),
                new NumericSetting("gateway.circuit.open-seconds", "GATEWAY_CIRCUIT_OPEN_SECONDS", 1),
                new NumericSetting("gateway.cache.ttl-ms", "GATEWAY_CACHE_TTL_MS", 0));
    }
}
