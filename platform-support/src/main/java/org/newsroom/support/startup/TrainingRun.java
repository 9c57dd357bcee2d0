package org.newsroom.support.startup;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * A start-up rehearsal for the start-up cache (JDK 25's AOT cache, or Java 17's class-data-sharing
 * archive): with {@code startup.training-run=true} the service exits once it has started and its
 * {@code /health/readiness} has answered 200 (articles-service seeds its sample article first), or
 * after {@link #MAX_WAIT}, so that the JVM records every class a start-up up to readiness loads
 * ({@code ./run} and the Dockerfiles do this once per build). Before exiting it sends the paths of
 * {@code startup.training-run.paths} (none by default) to itself, {@code startup.training-run.rounds}
 * times within {@code startup.training-run.max-duration}: see {@link TrainingRequests}.
 */
@Singleton
@Requires(property = "startup.training-run", value = "true")
public class TrainingRun implements ApplicationEventListener<ServerStartupEvent> {

    static final Duration MAX_WAIT = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(100);
    private static final Logger LOG = LoggerFactory.getLogger(TrainingRun.class);

    private static final int WORKERS = 2;

    private final List<String> paths;
    private final int rounds;
    private final Duration maxDuration;

    TrainingRun(@Value("${startup.training-run.paths:}") List<String> paths,
                @Value("${startup.training-run.rounds:3000}") int rounds,
                @Value("${startup.training-run.max-duration:10s}") Duration maxDuration) {
        this.paths = paths.stream().filter(path -> !path.isBlank()).toList();
        this.rounds = rounds;
        this.maxDuration = maxDuration;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        URI base = URI.create("http://127.0.0.1:" + event.getSource().getPort() + "/");
        URI readiness = base.resolve("/health/readiness");
        Thread exit = new Thread(() -> {
            boolean ready = awaitReady(readiness, MAX_WAIT);
            if (ready) {
                new TrainingRequests(base, paths, WORKERS).send(rounds, maxDuration);
            }
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
