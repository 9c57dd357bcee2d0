package org.newsroom.gateway.backend;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micronaut.http.client.ServiceHttpClientConfiguration;
import io.micronaut.inject.qualifiers.Qualifiers;
import org.junit.jupiter.api.Test;
import org.newsroom.gateway.FakeBackends;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The gateway keeps at most 64 connections open to each service: a burst waits for a free one instead of opening more. */
class ServiceConnectionPoolTest {

    private static final int LIMIT = 64;
    private static final int BURST = LIMIT + 16;

    @Test
    void eachServiceGetsAtMost64ConnectionsFromTheGateway() {
        try (FakeBackends backends = new FakeBackends(Map.of())) {
            for (String service : List.of(Backends.ARTICLES, Backends.COMMENTS)) {
                ServiceHttpClientConfiguration configuration = backends.gateway.getApplicationContext()
                        .getBean(ServiceHttpClientConfiguration.class, Qualifiers.byName(service));

                assertThat(configuration.getConnectionPoolConfiguration().isEnabled()).as(service).isTrue();
                assertThat(configuration.getConnectionPoolConfiguration().getMaxConcurrentHttp1Connections()).as(service).isEqualTo(LIMIT);
            }
        }
    }

    @Test
    void aBurstBeyondTheLimitWaitsForAFreeConnectionAndIsServed() throws Exception {
        try (HeldService articles = new HeldService()) {
            Map<String, Object> settings = new HashMap<>(FakeBackends.NO_CIRCUIT);
            settings.put("micronaut.http.services.articles.urls", articles.url());
            settings.put("gateway.articles.timeout-ms", 120_000);
            try (FakeBackends backends = new FakeBackends(settings)) {
                backends.commentsAnswer(WireMock.okJson(FakeBackends.commentPage("first")));

                List<CompletableFuture<FakeBackends.Reply>> burst = IntStream.range(0, BURST)
                        .mapToObj(i -> backends.sendAsync("GET", "/api/articles/article-" + i)).toList();
                assertThat(articles.awaitHeld(LIMIT, Duration.ofSeconds(60))).as("calls held by the service").isTrue();
                // the other 16 wait in the gateway for one of the 64 connections; given time, none opens a 65th
                Thread.sleep(1_000);
                assertThat(articles.held()).isEqualTo(LIMIT);
                articles.release();

                for (CompletableFuture<FakeBackends.Reply> reply : burst) {
                    assertThat(reply.get(120, TimeUnit.SECONDS).status()).isEqualTo(200);
                }
                assertThat(articles.answered()).isEqualTo(BURST);
                assertThat(articles.mostAtOnce()).isEqualTo(LIMIT);
                assertThat(articles.connections()).hasSizeLessThanOrEqualTo(LIMIT);
            }
        }
    }

    /** An articles-service that holds every call until released, counting the calls in flight and the connections used. */
    private static final class HeldService implements AutoCloseable {

        private final HttpServer server;
        private final ExecutorService threads = Executors.newFixedThreadPool(BURST + 8);
        private final CountDownLatch released = new CountDownLatch(1);
        private final AtomicInteger inFlight = new AtomicInteger();
        private final AtomicInteger mostAtOnce = new AtomicInteger();
        private final AtomicInteger answered = new AtomicInteger();
        private final Set<InetSocketAddress> connections = ConcurrentHashMap.newKeySet();

        HeldService() throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), BURST * 2);
            server.setExecutor(threads);
            server.createContext("/articles/", this::answer);
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        private void answer(HttpExchange exchange) throws IOException {
            connections.add(exchange.getRemoteAddress());
            mostAtOnce.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                released.await(120, TimeUnit.SECONDS);
                String slug = exchange.getRequestURI().getPath().substring("/articles/".length());
                byte[] body = FakeBackends.article(FakeBackends.ID, slug, "published", "open").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                inFlight.decrementAndGet();
                answered.incrementAndGet();
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                exchange.close();
            }
        }

        boolean awaitHeld(int calls, Duration within) throws InterruptedException {
            long deadline = System.nanoTime() + within.toNanos();
            while (inFlight.get() < calls && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            return inFlight.get() >= calls;
        }

        int held() {
            return inFlight.get();
        }

        void release() {
            released.countDown();
        }

        int answered() {
            return answered.get();
        }

        int mostAtOnce() {
            return mostAtOnce.get();
        }

        Set<InetSocketAddress> connections() {
            return connections;
        }

        @Override
        public void close() {
            released.countDown();
            server.stop(0);
            threads.shutdownNow();
        }
    }
}
