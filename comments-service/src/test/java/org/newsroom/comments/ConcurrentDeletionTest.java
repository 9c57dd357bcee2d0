package org.newsroom.comments;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsroom.support.mongo.EmbeddedMongo;
import org.newsroom.support.testing.Http;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two moderators deleting neighbouring comments at once, on one instance or on two sharing the store,
 * and readers replying while a moderator deletes their parent: whatever the interleaving, every reply
 * ends up under the nearest comment above it that still exists, shown, counted and answered alike.
 * Many rounds of real parallel requests; the invariant is checked after each, with no timing assumed.
 */
@MicronautTest(transactional = false)
class ConcurrentDeletionTest {

    private static final int DELETE_ROUNDS = 12;
    private static final int POST_ROUNDS = 6;
    private static final int REPLIES_PER_ROUND = 24;
    /** The delete is sent among the replies, after the first few. */
    private static final int DELETE_AFTER = 6;
    private static final Duration WAIT = Duration.ofSeconds(60);

    private static ApplicationContext secondInstance;
    private static HttpClient secondClient;

    @Inject
    CommentCalls calls;

    @Inject
    CommentRepository repository;

    @Inject
    EmbeddedMongo mongo;

    @Inject
    JwtTokenGenerator tokens;

    Http first;
    Http second;

    @BeforeEach
    void setUp() {
        first = calls.http;
        if (secondInstance == null) {
            secondInstance = ApplicationContext.builder().packages("org.newsroom.comments").environments("test")
                    .properties(Map.of("mongodb.uri", mongo.connectionString())).start();
            EmbeddedServer server = secondInstance.getBean(EmbeddedServer.class).start();
            secondClient = HttpClient.create(server.getURL());
        }
        second = new Http(secondClient, tokens);
    }

    @AfterAll
    static void stopSecondInstance() {
        if (secondInstance != null) {
            secondClient.close();
            secondInstance.close();
            secondInstance = null;
        }
    }

    @Test
    void neighboursDeletedAtOnceLeaveTheirRepliesUnderTheNearestSurvivor() {
        List<String> broken = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < DELETE_ROUNDS; round++) {
                String article = new ObjectId().toHexString();
                String a = calls.approved(article, "A " + round, null);
                String b = calls.approved(article, "B " + round, a);
                String c = calls.approved(article, "C " + round, b);
                String d = calls.approved(article, "D " + round, c);
                String e = calls.approved(article, "E " + round, d);
                Http other = round % 2 == 0 ? second : first;

                List<Http.Reply> deletes = atOnce(pool, List.of(() -> delete(first, b), () -> delete(other, c)));

                assertThat(deletes).extracting(Http.Reply::status).containsExactly(204, 204);
                Comment storedD = repository.findById(d).block(WAIT);
                Comment storedE = repository.findById(e).block(WAIT);
                JsonNode thread = calls.tree(first.get("/comments/" + a).body());
                boolean whole = storedD.parentId().equals(a) && storedD.ancestors().equals(List.of(a)) && storedD.rootId().equals(a)
                        && storedD.depth() == 2 && storedD.visible()
                        && storedE.parentId().equals(d) && storedE.ancestors().equals(List.of(a, d)) && storedE.rootId().equals(a)
                        && storedE.depth() == 3 && storedE.visible()
                        && thread.get("replies").size() == 1 && d.equals(thread.get("replies").get(0).get("id").getStringValue())
                        && thread.get("replies").get(0).get("replies").size() == 1
                        && calls.page(article).get("count").getNumberValue().intValue() == 3;
                if (!whole) {
                    broken.add("round " + round + ": D under " + storedD.parentId() + " " + storedD.ancestors()
                            + ", E under " + storedE.parentId() + " " + storedE.ancestors() + " (b=" + b + ", c=" + c + ")");
                }
                assertThat(delete(first, b).status()).isEqualTo(404);
                assertThat(delete(second, c).status()).isEqualTo(404);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(broken).as("rounds whose replies were left under a deleted comment").isEmpty();
    }

    @Test
    void repliesPostedWhileTheirParentIsDeletedEndUnderItsParentOrAreRefused() {
        List<String> broken = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < POST_ROUNDS; round++) {
                String article = new ObjectId().toHexString();
                String top = calls.approved(article, "Top " + round, null);
                String parent = calls.approved(article, "Parent " + round, top);
                Http deleter = round % 2 == 0 ? first : second;
                List<Supplier<Http.Reply>> requests = new ArrayList<>();
                for (int i = 0; i < REPLIES_PER_ROUND; i++) {
                    Http via = i % 2 == 0 ? first : second;
                    String content = "Reply " + i + " of round " + round;
                    requests.add(() -> via.send(CommentCalls.postRequest(article, CommentCalls.form("desk@example.org", content, parent),
                            CommentCalls.ip()).bearerAuth(calls.moderator)));
                }
                requests.add(DELETE_AFTER, () -> delete(deleter, parent));

                List<Http.Reply> replies = new ArrayList<>(atOnce(pool, requests));

                assertThat(replies.remove(DELETE_AFTER).status()).isEqualTo(204);
                int stored = 0;
                for (Http.Reply reply : replies) {
                    if (reply.status() == 201) {
                        stored++;
                        String id = calls.id(reply);
                        Comment comment = repository.findById(id).block(WAIT);
                        Http.Reply answer = first.get("/comments/" + id);
                        // answered under the parent when the delete came after the post (and moved it), else under the top comment
                        String answeredUnder = calls.tree(reply.body()).get("parentId").getStringValue();
                        if (!top.equals(comment.parentId()) || !comment.ancestors().equals(List.of(top)) || comment.depth() != 2
                                || !List.of(top, parent).contains(answeredUnder)
                                || answer.status() != 200 || !top.equals(calls.tree(answer.body()).get("parentId").getStringValue())) {
                            broken.add("round " + round + " (top " + top + ", parent " + parent + "): reply " + id + " stored under " + comment.parentId() + " " + comment.ancestors() + ", answered under " + answeredUnder);
                        }
                    } else {
                        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
                        assertThat(reply.body()).contains("parentId");
                    }
                }
                int shown = calls.tree(first.get("/comments/" + top).body()).get("replies").size();
                int counted = calls.page(article).get("count").getNumberValue().intValue();
                if (shown != stored || counted != 1 + stored) {
                    broken.add("round " + round + " (top " + top + ", parent " + parent + "): " + stored + " replies stored, " + shown + " shown, " + counted + " counted with the top one");
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(broken).as("replies left under a deleted comment").isEmpty();
    }

    private Http.Reply delete(Http via, String id) {
        return via.send(HttpRequest.DELETE("/moderation/comments/" + id).bearerAuth(calls.moderator));
    }

    /** Runs the calls on the pool, all released together, and answers their replies in the same order. */
    private static List<Http.Reply> atOnce(ExecutorService pool, List<Supplier<Http.Reply>> calls) {
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Http.Reply>> running = calls.stream().map(call -> CompletableFuture.supplyAsync(() -> {
            try {
                start.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return call.get();
        }, pool)).toList();
        start.countDown();
        return running.stream().map(future -> future.orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join()).toList();
    }
}
