package org.newsroom.support.startup;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrainingRunTest {

    private final AtomicInteger calls = new AtomicInteger();
    private HttpServer server;

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void rehearsalWaitsUntilReadinessAnswersOk() throws IOException {
        URI readiness = readinessAnsweringOkAfter(3);

        assertTrue(TrainingRun.awaitReady(readiness, Duration.ofMinutes(2)));
        assertEquals(3, calls.get());
    }

    @Test
    void rehearsalGivesUpOnAServiceThatNeverBecomesReady() throws IOException {
        URI readiness = readinessAnsweringOkAfter(Integer.MAX_VALUE);

        assertFalse(TrainingRun.awaitReady(readiness, Duration.ofMillis(300)));
        assertTrue(calls.get() > 0);
    }

    private URI readinessAnsweringOkAfter(int call) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/health/readiness", exchange -> {
            int status = calls.incrementAndGet() >= call ? 200 : 503;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/health/readiness");
    }
}
