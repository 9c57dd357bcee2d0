package org.newsroom.gateway;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.junit.jupiter.api.Test;
import org.newsroom.support.testing.CapturedLogs;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service call the gateway stopped waiting for (here the health page's readiness call, which gives up after 500 ms)
 * still fails later, when the HTTP client's read timeout ends it: an expected event, logged at DEBUG, not as an ERROR
 * with a stack trace.
 */
class LateFailuresLogTest {

    private static final String LATE_FAILURES = "org.newsroom.gateway.backend.LateCallFailures";

    @Test
    void aCallThatTimesOutAfterItsCallerGaveUpIsNoError() throws InterruptedException {
        Logger logger = (Logger) LoggerFactory.getLogger(LATE_FAILURES);
        Level before = logger.getLevel();
        logger.setLevel(Level.DEBUG);
        try (FakeBackends backends = new FakeBackends(Map.of("micronaut.http.services.comments.read-timeout", "2s"));
             CapturedLogs logs = CapturedLogs.start()) {
            backends.comments.stubFor(get(urlEqualTo("/health/readiness")).willReturn(okJson("{}").withFixedDelay(6_000)));

            assertThat(backends.get("/health").body()).contains("\"comments-service\":{\"status\":\"DOWN\"");

            List<String> lines = linesOnceTheReadTimeoutIsLogged(logs);
            assertThat(lines).filteredOn(line -> line.contains("ReadTimeout")).isNotEmpty()
                    .allMatch(line -> line.contains("\"level\":\"DEBUG\"") && line.contains(LATE_FAILURES));
            assertThat(lines).noneMatch(line -> line.contains("\"level\":\"ERROR\""));
        } finally {
            logger.setLevel(before);
        }
    }

    private static List<String> linesOnceTheReadTimeoutIsLogged(CapturedLogs logs) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        List<String> lines = logs.linesAfterAccessLogOf(1);
        while (lines.stream().noneMatch(line -> line.contains("ReadTimeout")) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            lines = logs.linesAfterAccessLogOf(1);
        }
        return lines;
    }
}
