package org.newsroom.support.startup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The request part of a start-up rehearsal: real GET requests to the service's own hot paths,
 * through its real server, so that the start-up cache also holds the classes serving them loads:
 * a first request then finds them loaded and linked.
 * Stops after {@code rounds} rounds over the paths or at {@code maxDuration}, whichever is first.
 */
final class TrainingRequests {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final Logger LOG = LoggerFactory.getLogger(TrainingRequests.class);

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT)
            .build();
    private final List<URI> targets;
    private final int workers;

    TrainingRequests(URI base, List<String> paths, int workers) {
        this.targets = paths.stream().map(base::resolve).toList();
        this.workers = workers;
    }

    /** Sends the rounds and returns how many requests answered 2xx. */
    int send(int rounds, Duration maxDuration) {
        if (targets.isEmpty() || rounds <= 0) {
            return 0;
        }
        long deadline = System.nanoTime() + maxDuration.toNanos();
        AtomicInteger nextRound = new AtomicInteger();
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            Thread thread = new Thread(() -> {
                while (nextRound.getAndIncrement() < rounds && System.nanoTime() < deadline) {
                    for (URI target : targets) {
                        if (answersOk(target)) {
                            ok.incrementAndGet();
                        } else {
                            failed.incrementAndGet();
                        }
                    }
                }
            }, "training-requests-" + i);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        LOG.info("Training run: {} requests answered 2xx, {} did not, over {}", ok.get(), failed.get(), targets);
        return ok.get();
    }

    private boolean answersOk(URI target) {
        HttpRequest request = HttpRequest.newBuilder(target).timeout(TIMEOUT).GET().build();
        try {
            int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status >= 200 && status < 300;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
