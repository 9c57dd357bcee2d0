package org.newsroom.gateway;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract's operations endpoints only: the framework's others are not there, for anyone. */
class OperationsEndpointsTest {

    private static FakeBackends backends;
    private static String token;

    @BeforeAll
    static void start() {
        backends = new FakeBackends(Map.of());
        FakeBackends.Reply login = backends.send("POST", "/api/login",
                "{\"username\":\"admin\",\"password\":\"" + FakeBackends.ADMIN_PASSWORD + "\"}", Map.of());
        token = (String) backends.json(login.body()).get("access_token");
    }

    @AfterAll
    static void stop() {
        backends.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/beans", "/routes", "/threaddump", "/info", "/loggers", "/metrics", "/env", "/caches", "/refresh"})
    void theFrameworksOtherEndpointsAreNotFoundEvenWithAToken(String path) {
        assertThat(backends.get(path, Map.of("Authorization", "Bearer " + token)).status()).isEqualTo(404);
        assertThat(backends.send("POST", path, "{}", Map.of("Authorization", "Bearer " + token)).status()).isIn(404, 405);
        assertThat(backends.get(path).status()).isIn(401, 404);
        assertThat(backends.get("/prometheus").status()).isEqualTo(200);
        assertThat(backends.get("/health/liveness").status()).isEqualTo(200);
    }

    @Test
    void anUnknownHealthPathIsNotFoundWhileTheProbesAnswer() {
        FakeBackends.Reply unknown = backends.get("/health/x");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(unknown.header("X-Request-Id")).isNotBlank();
        assertThat(backends.get("/health").status()).isEqualTo(200);
        assertThat(backends.get("/health/liveness").status()).isEqualTo(200);
        assertThat(backends.get("/health/readiness").status()).isEqualTo(200);
    }
}
