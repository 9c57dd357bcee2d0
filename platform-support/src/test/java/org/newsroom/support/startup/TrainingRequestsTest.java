package org.newsroom.support.startup;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrainingRequestsTest {

    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private HttpServer server;
    private URI base;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String target = exchange.getRequestURI().toString();
            calls.computeIfAbsent(target, key -> new AtomicInteger()).incrementAndGet();
            exchange.sendResponseHeaders(target.startsWith("/missing") ? 404 : 200, -1);
            exchange.close();
        });
        server.start();
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void everyPathIsRequestedOncePerRound() {
        int ok = new TrainingRequests(base, List.of("/articles/a-slug", "/articles?page=1"), 2)
                .send(5, Duration.ofMinutes(2));

        assertEquals(10, ok);
        assertEquals(5, calls.get("/articles/a-slug").get());
        assertEquals(5, calls.get("/articles?page=1").get());
    }

    @Test
    void onlySuccessfulAnswersCount() {
        int ok = new TrainingRequests(base, List.of("/articles", "/missing"), 1).send(3, Duration.ofMinutes(2));

        assertEquals(3, ok);
        assertEquals(3, calls.get("/missing").get());
    }

    @Test
    void nothingIsSentOnceTheTimeIsUp() {
        int ok = new TrainingRequests(base, List.of("/articles"), 2).send(1_000, Duration.ZERO);

        assertEquals(0, ok);
        assertTrue(calls.isEmpty());
    }

    @Test
    void aRehearsalWithoutPathsSendsNothing() {
        assertEquals(0, new TrainingRequests(base, List.of(), 2).send(1_000, Duration.ofMinutes(2)));
        assertTrue(calls.isEmpty());
    }
}
