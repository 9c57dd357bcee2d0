package org.newsroom.gateway;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GatewayNumericSettingsTest {

    @ParameterizedTest
    @CsvSource({
            "gateway.rate-limit-per-second, -1, RATE_LIMIT_PER_SECOND must be at least 0, not -1",
            "gateway.login.max-failures, -5, LOGIN_MAX_FAILURES must be at least 0, not -5",
            "gateway.login.window-seconds, 0, LOGIN_WINDOW_SECONDS must be at least 1, not 0",
            "gateway.comments.timeout-ms, -500, COMMENTS_TIMEOUT_MS must be at least 1, not -500",
            "gateway.circuit.minimum-calls, 0, GATEWAY_CIRCUIT_MINIMUM_CALLS must be at least 1, not 0",
            "embedded-mongo.cache-mb, 0, EMBEDDED_STORE_CACHE_MB must be at least 1, not 0",
            "micronaut.server.max-request-size, 1000, IMPORT_MAX_BODY_BYTES must be at least 65536, not 1000"})
    void aSettingBelowItsLeastValueStopsTheStartNamingItsVariable(String property, long value, String message) {
        assertThatThrownBy(() -> ApplicationContext.run(EmbeddedServer.class, Map.of(
                "micronaut.server.port", -1, "data.dir", FakeBackends.temporaryDirectory(), "jwt.secret", FakeBackends.SECRET,
                property, value)).close())
                .hasStackTraceContaining(message);
    }
}
