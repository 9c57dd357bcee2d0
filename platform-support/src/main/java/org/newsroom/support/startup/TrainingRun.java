package org.newsroom.support.startup;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Duration;

/**
 * A start-up rehearsal for the start-up cache (JDK 25's AOT cache, or Java 17's class-data-sharing
 * archive): with {@code startup.training-run=true} the service exits once it has started and its
 * {@code /health/readiness} has answered 200 (articles-service seeds its sample article first), or
 * after {@link #MAX_WAIT}, so that the JVM records every class a start-up up to readiness loads
 * ({@code ./run} and the Dockerfiles do this once per build).
 */
@Singleton
@Requires(property = "startup.training-run", value = "true")
public class TrainingRun implements ApplicationEventListener<ServerStartupEvent> {

    static final Duration MAX_WAIT = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(100);
    private static final Logger LOG = LoggerFactory.getLogger(TrainingRun.class);

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        URI readiness = URI.create("http://127.0.0.1:" + event.getSource().getPort() + "/health/readiness");
        Thread exit = new Thread(() -> {
            boolean ready = awaitReady(readiness, MAX_WAIT);
            LOG.info("Training run: {}, now exiting so that the start-up cache is written", ready ? "ready" : "not ready in time");
            System.exit(0);
        }, "training-run-exit");
        exit.start();
    }

    static boolean awaitReady(URI readiness, Duration maxWait) {
        long deadline = System.nanoTime() + maxWait.toNanos();
        while (!answersOk(readiness)) {
            if (System.nanoTime() >= deadline) {
                return false;
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    private static boolean answersOk(URI uri) {
        try {
            HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
            connection.setConnectTimeout((int) Duration.ofSeconds(2).toMillis());
            connection.setReadTimeout((int) Duration.ofSeconds(2).toMillis());
            try {
                return connection.getResponseCode() == HttpURLConnection.HTTP_OK;
            } finally {
                connection.disconnect();
            }
        } catch (IOException e) {
            return false;
        }
    }
}
