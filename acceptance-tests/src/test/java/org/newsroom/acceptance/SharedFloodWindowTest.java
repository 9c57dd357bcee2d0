package org.newsroom.acceptance;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two comments-service processes on one store (mongo-java-server as a process of its own, reached
 * over TCP as a MongoDB would be): two posts from one IP, or with one email, sent to both processes
 * at the same moment get exactly one 201 and one 429, round after round. A guard that kept its
 * windows in memory would answer 201 twice.
 */
class SharedFloodWindowTest {

    private static final int ROUNDS = 6;
    private static final List<ServiceProcess> processes = new ArrayList<>();
    private static final ExecutorService posters = Executors.newFixedThreadPool(2);
    private static Api first;
    private static Api second;

    @BeforeAll
    static void startTwoInstancesOnOneStore() throws Exception {
        Path dataDir = Files.createTempDirectory("shared-flood");
        Path logs = dataDir.resolve("logs");
        ServiceProcess store = ServiceProcess.startSharedStore(dataDir.resolve("mongo"), logs);
        processes.add(store);
        List<Api> instances = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            int port = Platform.freePort();
            ServiceProcess comments = ServiceProcess.startJar("comments-service", port, Map.of(
                    "COMMENTS_PORT", String.valueOf(port), "MONGODB_URI", store.mongoUri("comments"),
                    "DATA_DIR", dataDir.resolve("instance-" + i).toString(), "JWT_SECRET", Stack.JWT_SECRET,
                    "COMMENT_FLOOD_SECONDS", "60"), logs);
            processes.add(comments);
            instances.add(new Api(comments.url()));
        }
        for (ServiceProcess process : processes.subList(1, processes.size())) {
            process.awaitReady(Duration.ofSeconds(120));
        }
        first = instances.get(0);
        second = instances.get(1);
    }

    @AfterAll
    static void stopAll() {
        posters.shutdownNow();
        for (int i = processes.size() - 1; i >= 0; i--) {
            processes.get(i).close();
        }
    }

    /** A reader's post as the gateway forwards it: the client IP it resolved rides in X-Client-IP. */
    private static Callable<Integer> post(Api instance, String article, String ip, String email) {
        return () -> instance.with("X-Client-IP", ip)
                .post("/articles/" + article + "/comments?slug=shared-flood", Fixtures.comment(email, Fixtures.unique("words"))).status();
    }

    /** Runs both posts on threads of their own, released together by a barrier; their statuses. */
    private static List<Integer> together(Callable<Integer> one, Callable<Integer> other) throws Exception {
        CyclicBarrier gate = new CyclicBarrier(2);
        List<Future<Integer>> answers = new ArrayList<>();
        for (Callable<Integer> post : List.of(one, other)) {
            answers.add(posters.submit(() -> {
                gate.await(30, TimeUnit.SECONDS);
                return post.call();
            }));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get(60, TimeUnit.SECONDS));
        }
        return statuses;
    }

    private static String newArticleId() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 24);
    }

    @Test
    void simultaneousPostsFromOneIpToTwoInstancesGetOne201AndOne429() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String article = newArticleId();
            String ip = Fixtures.clientIp();

            List<Integer> statuses = together(post(first, article, ip, Fixtures.email()), post(second, article, ip, Fixtures.email()));

            assertThat(statuses).as("round " + round + ", one IP").containsExactlyInAnyOrder(201, 429);
        }
    }

    @Test
    void simultaneousPostsWithOneEmailToTwoInstancesGetOne201AndOne429() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String article = newArticleId();
            String email = Fixtures.email();

            List<Integer> statuses = together(post(first, article, Fixtures.clientIp(), email),
                    post(second, article, Fixtures.clientIp(), email.toUpperCase()));

            assertThat(statuses).as("round " + round + ", one email").containsExactlyInAnyOrder(201, 429);
        }
    }
}
