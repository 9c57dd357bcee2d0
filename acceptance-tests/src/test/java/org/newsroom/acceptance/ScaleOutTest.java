package org.newsroom.acceptance;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of each service on one shared MongoDB (mongo-java-server as its own process) behind
 * one gateway. One instance of each is killed during a read and write load: after a short window
 * no read fails, no acknowledged comment is lost, and the flood guard holds across instances.
 */
class ScaleOutTest {

    private static final Duration RECOVERY_WINDOW = Duration.ofSeconds(3);
    private static final List<ServiceProcess> processes = new ArrayList<>();
    private static ServiceProcess articlesA;
    private static ServiceProcess commentsA;
    private static ServiceProcess commentsB;
    private static ServiceProcess gateway;
    private static Path dataDir;

    @BeforeAll
    static void startTopology() throws Exception {
        dataDir = Files.createTempDirectory("scale-out");
        Path logs = dataDir.resolve("logs");
        ServiceProcess mongo = ServiceProcess.startSharedStore(dataDir.resolve("mongo"), logs);
        processes.add(mongo);

        Map<String, String> common = new HashMap<>();
        common.put("JWT_SECRET", Stack.JWT_SECRET);
        common.put("ADMIN_PASSWORD", Stack.ADMIN_PASSWORD);
        common.put("DATA_DIR", dataDir.toString());
        common.put("COMMENT_FLOOD_SECONDS", "30");
        common.put("RATE_LIMIT_PER_SECOND", "0");
        common.put("TRUSTED_PROXIES", "127.0.0.1");

        List<String> articleUrls = new ArrayList<>();
        List<String> commentUrls = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Map<String, String> env = new HashMap<>(common);
            int port = Platform.freePort();
            env.put("ARTICLES_PORT", String.valueOf(port));
            env.put("MONGODB_URI", mongo.mongoUri("articles"));
            env.put("ARTICLES_SEED_DEMO", i == 0 ? "true" : "false");
            ServiceProcess articles = ServiceProcess.startJar("articles-service", port, env, logs);
            processes.add(articles);
            articleUrls.add(articles.url());
            articlesA = i == 0 ? articles : articlesA;

            env = new HashMap<>(common);
            port = Platform.freePort();
            env.put("COMMENTS_PORT", String.valueOf(port));
            env.put("MONGODB_URI", mongo.mongoUri("comments"));
            ServiceProcess comments = ServiceProcess.startJar("comments-service", port, env, logs);
            processes.add(comments);
            commentUrls.add(comments.url());
            commentsA = i == 0 ? comments : commentsA;
            commentsB = i == 1 ? comments : commentsB;
        }
        Map<String, String> env = new HashMap<>(common);
        int port = Platform.freePort();
        env.put("GATEWAY_PORT", String.valueOf(port));
        env.put("ARTICLES_URL", String.join(",", articleUrls));
        env.put("COMMENTS_URL", String.join(",", commentUrls));
        gateway = ServiceProcess.startJar("gateway", port, env, logs);
        processes.add(gateway);
        for (ServiceProcess process : processes.subList(1, processes.size())) {
            process.awaitReady(Duration.ofSeconds(120));
        }
        Stack.awaitServicesInRotation(gateway, 2);
    }

    @AfterAll
    static void stopTopology() {
        for (int i = processes.size() - 1; i >= 0; i--) {
            processes.get(i).close();
        }
    }

    private record Read(Instant at, int status, boolean complete) {
    }

    /** One read; an exception (a broken connection, an unreadable body) counts as a failed read, not as no read. */
    private static Read read(Api client, String slug) {
        try {
            Api.Reply view = client.get("/api/articles/" + slug);
            return new Read(Instant.now(), view.status(), view.status() == 200 && view.json().path("complete").asBoolean());
        } catch (RuntimeException failed) {
            return new Read(Instant.now(), -1, false);
        }
    }

    /** The comments-service instance whose access log names the reply's request id. */
    private static ServiceProcess instanceThatServed(Api.Reply reply) {
        String requestId = reply.header("X-Request-Id");
        Instant deadline = Instant.now().plusSeconds(10);
        while (Instant.now().isBefore(deadline)) {
            if (commentsA.logContains(requestId)) {
                return commentsA;
            }
            if (commentsB.logContains(requestId)) {
                return commentsB;
            }
            ServiceProcess.sleep(100);
        }
        throw new AssertionError("no comments-service instance logged request " + requestId);
    }

    @Test
    void killingAnInstanceOfEachServiceLosesNoReadAfterAShortWindowAndNoAcknowledgedComment() throws Exception {
        Api anonymous = new Api(gateway.url());
        Api admin = anonymous.as(anonymous.login("admin", Stack.ADMIN_PASSWORD));
        String slug = Fixtures.publishedArticle(admin, "open");

        String ip = Fixtures.clientIp();
        Api.Reply first = anonymous.from(ip).post("/api/articles/" + slug + "/comments", Fixtures.comment(Fixtures.email(), "first"));
        assertThat(first.status()).isEqualTo(201);
        ServiceProcess firstInstance = instanceThatServed(first);
        ServiceProcess otherInstance = firstInstance == commentsA ? commentsB : commentsA;
        boolean refusedByTheOther = false;
        for (int attempt = 0; attempt < 10 && !refusedByTheOther; attempt++) {
            Api.Reply again = anonymous.from(ip).post("/api/articles/" + slug + "/comments", Fixtures.comment(Fixtures.email(), "again"));
            assertThat(again.status()).as("the flood window holds whichever instance takes the post").isEqualTo(429);
            refusedByTheOther = instanceThatServed(again) == otherInstance;
        }
        assertThat(refusedByTheOther).as("a post within the window reached the other comments-service instance and was refused").isTrue();

        ConcurrentLinkedQueue<Read> reads = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
        Instant end = Instant.now().plusSeconds(12);
        ExecutorService load = Executors.newFixedThreadPool(3);
        List<Future<?>> tasks = new ArrayList<>();
        for (int reader = 0; reader < 2; reader++) {
            tasks.add(load.submit(() -> {
                Api client = new Api(gateway.url()).from(Fixtures.clientIp());
                while (Instant.now().isBefore(end)) {
                    reads.add(read(client, slug));
                    ServiceProcess.sleep(20);
                }
            }));
        }
        tasks.add(load.submit(() -> {
            int n = 0;
            while (Instant.now().isBefore(end)) {
                Api.Reply posted = admin.from(Fixtures.clientIp()).post("/api/articles/" + slug + "/comments",
                        Fixtures.comment("desk@example.org", "load comment " + n++));
                if (posted.status() == 201) {
                    acknowledged.add(posted.json().path("id").asText());
                }
                ServiceProcess.sleep(50);
            }
        }));

        ServiceProcess.sleep(4000);
        Instant killedAt = Instant.now();
        articlesA.kill();
        commentsA.kill();
        load.shutdown();
        assertThat(load.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        for (Future<?> task : tasks) {
            task.get(); // a task that threw fails the test here
        }

        List<Read> afterWindow = reads.stream().filter(read -> read.at().isAfter(killedAt.plus(RECOVERY_WINDOW))).toList();
        assertThat(afterWindow).hasSizeGreaterThan(20);
        assertThat(afterWindow).allSatisfy(read -> {
            assertThat(read.status()).isEqualTo(200);
            assertThat(read.complete()).isTrue();
        });
        assertThat(acknowledged).hasSizeGreaterThan(20);
        ServiceProcess.sleep(1000);
        for (String id : acknowledged) {
            assertThat(anonymous.get("/api/comments/" + id).status()).as("acknowledged comment " + id).isEqualTo(200);
        }
    }
}
