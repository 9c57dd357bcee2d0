package org.newsroom.comments;

import io.micronaut.http.HttpRequest;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsroom.support.testing.Http;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsroom.comments.CommentCalls.email;
import static org.newsroom.comments.CommentCalls.form;
import static org.newsroom.comments.CommentCalls.ip;
import static org.newsroom.comments.CommentCalls.postRequest;

/** Posting, reading threads, counts and deletion through the service's HTTP API. */
@MicronautTest(transactional = false)
class CommentApiTest {

    @Inject
    CommentCalls calls;

    @Inject
    CommandCounter commands;

    @Inject
    AdjustableClock clock;

    Http http;
    String article;

    @BeforeEach
    void setUp() {
        http = calls.http;
        article = new ObjectId().toHexString();
    }

    private String approved(String content, String parentId) {
        return calls.approved(article, content, parentId);
    }

    private Http.Reply post(Map<String, Object> form) {
        return calls.post(article, form);
    }

    @Test
    void firstTimeAuthorIsHeldAndHiddenFromReaders() {
        Http.Reply posted = post(form(email(), "First words", null));

        assertThat(posted.status()).isEqualTo(201);
        JsonNode body = calls.tree(posted.body());
        assertThat(body.get("status").getStringValue()).isEqualTo("pending");
        assertThat(posted.header("Location")).isEqualTo("/comments/" + body.get("id").getStringValue());
        assertThat(body.get("parentId").isNull()).isTrue();
        assertThat(body.get("replies").isArray()).isTrue();
        assertThat(calls.pageBody(article)).doesNotContain("First words");
        assertThat(http.get("/comments/" + body.get("id").getStringValue()).status()).isEqualTo(404);
    }

    @Test
    void everyInvalidFieldIsNamed() {
        Map<String, Object> bad = form("nope", " ", null);
        bad.put("authorName", "x".repeat(246));
        bad.put("authorUrl", "javascript:alert(1)");

        Http.Reply reply = post(bad);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        for (String field : List.of("authorName", "authorEmail", "authorUrl", "content")) {
            assertThat(reply.body()).contains("\"field\":\"" + field + "\"");
        }
        assertThat(post(Map.of()).body()).contains("\"field\":\"authorName\"").contains("\"field\":\"content\"");
        assertThat(post(form(email(), "x".repeat(10_001), null)).status()).isEqualTo(400);
        assertThat(post(form("a".repeat(95) + "@x.org", "long email", null)).status()).isEqualTo(400);
        Map<String, Object> longUrl = form(email(), "long url", null);
        longUrl.put("authorUrl", "https://x.example/" + "a".repeat(190));
        assertThat(post(longUrl).body()).contains("\"field\":\"authorUrl\"");
        assertThat(post(form(email(), "  trimmed  ", null)).status()).isEqualTo(201);
        Map<String, Object> longest = form(email(), " " + "y".repeat(10_000) + " ", null);
        longest.put("authorName", " " + "n".repeat(245) + " ");
        assertThat(post(longest).status()).isEqualTo(201);
    }

    @Test
    void aNameOfOnlyABidiOverrideIsABadRequestNamingIt() {
        Map<String, Object> invisible = form(email(), "Hello", null);
        invisible.put("authorName", "\u202E");

        Http.Reply reply = post(invisible);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("\"field\":\"authorName\"", "must contain a visible character");
    }

    @Test
    void objectOrArrayWhereAStringBelongsIsABadRequestNamingTheField() {
        Http.Reply object = http.send(postRequest(article, "{\"authorName\":\"D\",\"authorEmail\":{\"$ne\":\"\"},\"content\":\"x\"}", ip()));
        Http.Reply array = http.send(postRequest(article, "{\"authorName\":\"D\",\"authorEmail\":\"d@x.org\",\"content\":[\"x\"]}", ip()));
        Http.Reply number = http.send(postRequest(article, "{\"authorName\":\"D\",\"authorEmail\":\"d@x.org\",\"content\":42}", ip()));

        assertThat(object.status()).isEqualTo(400);
        assertThat(object.body()).contains("\"field\":\"authorEmail\"");
        assertThat(array.status()).isEqualTo(400);
        assertThat(array.body()).contains("\"field\":\"content\"");
        assertThat(number.status()).as("a number is text enough").isEqualTo(201);
        Http.Reply notify = http.send(postRequest(article, "{\"authorName\":\"D\",\"authorEmail\":\"d@x.org\",\"content\":\"y\",\"notify\":{\"$ne\":1}}", ip()));
        assertThat(notify.status()).isEqualTo(400);
        assertThat(notify.body()).contains("\"field\":\"notify\"");
    }

    @Test
    void aBodyThatIsNotAnObjectIsABadRequestNamingTheBody() {
        for (String body : List.of("[1, 2]", "\"Dana\"")) {
            Http.Reply reply = http.send(postRequest(article, body, ip()));

            assertThat(reply.status()).as(body).isEqualTo(400);
            assertThat(reply.body()).as(body).contains("\"field\":\"body\"");
        }
    }

    @Test
    void aKeyGivenTwiceIsABadRequestNamingItNotItsFirstValue() {
        String body = "{\"authorName\":\"A\",\"authorName\":{\"$ne\":\"\"},\"authorEmail\":\"" + email()
                + "\",\"content\":\"Twice named\"}";

        Http.Reply reply = http.send(postRequest(article, body, ip()));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("\"field\":\"authorName\"");
    }

    @Test
    void bodyOver512KiBIsTooLarge() {
        assertThat(post(form(email(), "z".repeat(600_000), null)).status()).isEqualTo(413);
    }

    @Test
    void tenThousandEmojiWrittenAsJsonEscapesAreAComment() {
        String escaped = "\\uD83D\\uDE00".repeat(10_000);
        String body = "{\"authorName\":\"Emo\",\"authorEmail\":\"" + email() + "\",\"content\":\"" + escaped + "\"}";
        assertThat(body.length()).isGreaterThan(65_536);

        Http.Reply reply = http.send(postRequest(article, body, ip()));

        assertThat(reply.status()).isEqualTo(201);
    }

    @Test
    void malformedIdsAreNotFound() {
        assertThat(http.send(postRequest("not-an-id", form(email(), "x", null), ip())).status()).isEqualTo(404);
        assertThat(http.get("/articles/not-an-id/comments").status()).isEqualTo(404);
        assertThat(http.get("/comments/not-an-id").status()).isEqualTo(404);
        assertThat(http.get("/comments/" + "A".repeat(24)).status()).isEqualTo(404);
        assertThat(http.send(HttpRequest.DELETE("/articles/not-an-id/comments").bearerAuth(http.token("EDITOR"))).status()).isEqualTo(404);
    }

    @Test
    void parentMustBeAVisibleCommentOfTheSameArticle() {
        String pending = calls.id(post(form(email(), "Pending parent", null)));
        String elsewhere = calls.approved(new ObjectId().toHexString(), "Elsewhere", null);

        for (String parent : List.of(pending, elsewhere, new ObjectId().toHexString(), "garbage")) {
            Http.Reply reply = post(form(email(), "Reply to " + parent, parent));
            assertThat(reply.status()).as(parent).isEqualTo(400);
            assertThat(reply.body()).contains("\"field\":\"parentId\"");
        }
    }

    @Test
    void sameCommentAgainIsAConflict() {
        Map<String, Object> comment = form(email(), "Only once", null);
        assertThat(post(comment).status()).isEqualTo(201);

        Http.Reply again = post(comment);
        Map<String, Object> otherCase = form(((String) comment.get("authorEmail")).toUpperCase(), " Only once ", null);

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.header("Content-Type")).startsWith("application/problem+json");
        assertThat(post(otherCase).status()).isEqualTo(409);
        clock.advance(Duration.ofMinutes(1));
        assertThat(post(form((String) comment.get("authorEmail"), "Only once", approved("A parent", null))).status())
                .as("the same words elsewhere in the thread are no duplicate").isEqualTo(201);
    }

    @Test
    void identicalConcurrentPostsStoreExactlyOneComment() throws Exception {
        int posts = 10;
        Map<String, Object> comment = form("desk@example.org", "Posted ten times at once", null);
        CyclicBarrier start = new CyclicBarrier(posts);
        ExecutorService posters = Executors.newFixedThreadPool(posts);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < posts; i++) {
                answers.add(posters.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return http.send(postRequest(article, comment, ip()).bearerAuth(calls.moderator)).status();
                }));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }

            assertThat(statuses.stream().filter(status -> status == 201).count()).isEqualTo(1);
            assertThat(statuses).containsOnly(201, 409);
            assertThat(calls.page(article).get("count").getNumberValue().intValue()).isEqualTo(1);
        } finally {
            posters.shutdownNow();
        }
    }

    @Test
    void threadsAreNestedAndPagedOverTopLevelCommentsOldestFirst() {
        String first = approved("Top one", null);
        String reply = approved("Reply to one", first);
        approved("Reply to reply", reply);
        String second = approved("Top two", null);
        approved("Top three", null);

        JsonNode pageOne = calls.tree(http.get("/articles/" + article + "/comments?size=2").body());
        JsonNode pageTwo = calls.tree(http.get("/articles/" + article + "/comments?size=2&page=2").body());

        assertThat(pageOne.get("total").getNumberValue().intValue()).isEqualTo(3);
        assertThat(pageOne.get("count").getNumberValue().intValue()).isEqualTo(5);
        assertThat(pageOne.get("totalPages").getNumberValue().intValue()).isEqualTo(2);
        assertThat(pageOne.get("page").getNumberValue().intValue()).isEqualTo(1);
        assertThat(pageOne.get("size").getNumberValue().intValue()).isEqualTo(2);
        assertThat(pageOne.get("items").get(0).get("id").getStringValue()).isEqualTo(first);
        assertThat(pageOne.get("items").get(1).get("id").getStringValue()).isEqualTo(second);
        JsonNode nested = pageOne.get("items").get(0).get("replies").get(0);
        assertThat(nested.get("id").getStringValue()).isEqualTo(reply);
        assertThat(nested.get("parentId").getStringValue()).isEqualTo(first);
        assertThat(nested.get("replies").get(0).get("content").getStringValue()).isEqualTo("Reply to reply");
        assertThat(pageTwo.get("items").size()).isEqualTo(1);
        assertThat(http.get("/articles/" + article + "/comments?page=9").body()).contains("\"items\":[]");
        for (String query : List.of("size=0", "size=101", "page=0", "page=x")) {
            Http.Reply bad = http.get("/articles/" + article + "/comments?" + query);
            assertThat(bad.status()).as(query).isEqualTo(400);
            assertThat(bad.body()).as(query).contains("\"field\":\"" + query.substring(0, query.indexOf('=')) + "\"");
        }
    }

    @Test
    void oneCommentComesWithItsVisibleReplies() {
        String top = approved("Asked", null);
        approved("Answered", top);
        calls.post(article, form(email(), "Unapproved answer", top));

        JsonNode one = calls.tree(http.get("/comments/" + top).body());

        assertThat(one.get("content").getStringValue()).isEqualTo("Asked");
        assertThat(one.get("replies").size()).isEqualTo(1);
        assertThat(one.get("replies").get(0).get("content").getStringValue()).isEqualTo("Answered");
        assertThat(one.get("articleId").getStringValue()).as("for the gateway's check that the article is published").isEqualTo(article);
        assertThat(one.get("replies").get(0).get("articleId")).isNull();
        assertThat(http.get("/articles/" + article + "/comments").body()).doesNotContain("articleId");
    }

    @Test
    void repliesDeeperThanFiveLevelsAttachAtLevelFive() {
        String parent = null;
        List<String> chain = new ArrayList<>();
        for (int level = 1; level <= 5; level++) {
            parent = approved("Level " + level, parent);
            chain.add(parent);
        }

        Http.Reply sixth = http.send(postRequest(article, form("desk@example.org", "Level 6", chain.get(4)), ip())
                .bearerAuth(calls.moderator));
        String seventh = approved("Level 7", calls.id(sixth));

        assertThat(calls.tree(sixth.body()).get("parentId").getStringValue()).isEqualTo(chain.get(3));
        assertThat(calls.tree(http.get("/comments/" + seventh).body()).get("parentId").getStringValue()).isEqualTo(chain.get(3));
        JsonNode levelFour = calls.page(article).get("items").get(0).get("replies").get(0).get("replies").get(0).get("replies").get(0);
        assertThat(levelFour.get("id").getStringValue()).isEqualTo(chain.get(3));
        assertThat(levelFour.get("replies").size()).isEqualTo(3);
        for (JsonNode item : calls.moderated("status=approved&article=the-slug&size=100").get("items").values()) {
            assertThat(item.get("depth").getNumberValue().intValue()).isBetween(1, 5);
        }
    }

    @Test
    void replyUnderAnUnapprovedParentIsHiddenUntilItIsApprovedAgain() {
        String parent = approved("Parent", null);
        String child = approved("Child", parent);
        String grandchild = approved("Grandchild", child);

        calls.setStatus(parent, "pending");
        assertThat(calls.pageBody(article)).doesNotContain("Child").doesNotContain("Grandchild");
        assertThat(http.get("/comments/" + grandchild).status()).isEqualTo(404);
        assertThat(calls.tree(http.get("/counts?articleIds=" + article).body()).get("counts").get(article).getNumberValue().intValue()).isZero();
        Http.Reply replyToHidden = post(form(email(), "Reply to a hidden comment", child));
        assertThat(replyToHidden.status()).isEqualTo(400);

        calls.setStatus(parent, "approved");
        assertThat(calls.pageBody(article)).contains("Child").contains("Grandchild");
        assertThat(calls.page(article).get("count").getNumberValue().intValue()).isEqualTo(3);
        assertThat(http.get("/comments/" + grandchild).status()).isEqualTo(200);
    }

    @Test
    void spamInTheMiddleOfAThreadHidesOnlyWhatIsBelowIt() {
        String top = approved("Top", null);
        String middle = approved("Middle", top);
        approved("Below middle", middle);
        approved("Sibling", top);

        calls.setStatus(middle, "spam");

        JsonNode thread = calls.page(article).get("items").get(0);
        assertThat(thread.get("replies").size()).isEqualTo(1);
        assertThat(thread.get("replies").get(0).get("content").getStringValue()).isEqualTo("Sibling");
        assertThat(calls.page(article).get("count").getNumberValue().intValue()).isEqualTo(2);
    }

    @Test
    void deletingACommentReattachesItsRepliesToItsParent() {
        String top = approved("Top", null);
        String middle = approved("Middle", top);
        String bottom = approved("Bottom", middle);
        String below = approved("Below", bottom);

        assertThat(calls.delete(middle).status()).isEqualTo(204);

        assertThat(http.get("/comments/" + middle).status()).isEqualTo(404);
        assertThat(calls.tree(http.get("/comments/" + bottom).body()).get("parentId").getStringValue()).isEqualTo(top);
        assertThat(calls.tree(http.get("/comments/" + below).body()).get("parentId").getStringValue()).isEqualTo(bottom);
        JsonNode moved = calls.page(article).get("items").get(0).get("replies").get(0);
        assertThat(moved.get("id").getStringValue()).isEqualTo(bottom);
        assertThat(moved.get("replies").get(0).get("id").getStringValue()).isEqualTo(below);
        Map<String, Integer> depths = new HashMap<>();
        for (JsonNode item : calls.moderated("status=approved&article=the-slug&size=100").get("items").values()) {
            depths.put(item.get("id").getStringValue(), item.get("depth").getNumberValue().intValue());
        }
        assertThat(depths).containsEntry(bottom, 2).containsEntry(below, 3);
        Http.Reply again = calls.delete(middle);
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.body()).as("a problem, like every error").contains("\"status\":404");
        assertThat(calls.setStatus(middle, "approved").status()).isEqualTo(404);
    }

    @Test
    void deletingATopLevelCommentPromotesItsReplies() {
        String top = approved("Doomed top", null);
        String reply = approved("Promoted", top);
        String grandchild = approved("Follows the promoted one", reply);

        calls.delete(top);

        JsonNode promoted = calls.tree(http.get("/comments/" + reply).body());
        assertThat(promoted.get("parentId").isNull()).isTrue();
        assertThat(promoted.get("replies").get(0).get("id").getStringValue()).isEqualTo(grandchild);
        JsonNode page = calls.page(article);
        assertThat(page.get("items").get(0).get("id").getStringValue()).isEqualTo(reply);
        assertThat(page.get("total").getNumberValue().intValue()).isEqualTo(1);
        assertThat(page.get("count").getNumberValue().intValue()).isEqualTo(2);
    }

    @Test
    void deletingAHeldCommentShowsTheApprovedRepliesItHid() {
        String top = approved("Top", null);
        String held = approved("Held later", top);
        approved("Hidden with it", held);
        calls.setStatus(held, "pending");
        assertThat(calls.pageBody(article)).doesNotContain("Hidden with it");

        calls.delete(held);

        JsonNode thread = calls.page(article).get("items").get(0);
        assertThat(thread.get("replies").get(0).get("content").getStringValue()).isEqualTo("Hidden with it");
    }

    @Test
    void countsForManyArticlesComeFromOneQuery() {
        String other = new ObjectId().toHexString();
        approved("Counted", null);
        approved("Counted reply", approved("Counted too", null));
        calls.post(article, form(email(), "Held, not counted", null));

        commands.reset();
        JsonNode counts = calls.tree(http.get("/counts?articleIds=" + article + "," + other).body()).get("counts");

        assertThat(commands.commands()).hasSize(1);
        assertThat(counts.get(article).getNumberValue().intValue()).isEqualTo(3);
        assertThat(counts.get(other).getNumberValue().intValue()).isZero();
        List<String> hundred = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            hundred.add(new ObjectId().toHexString());
        }
        assertThat(http.get("/counts?articleIds=" + String.join(",", hundred)).status()).isEqualTo(200);
        hundred.add(article);
        assertThat(http.get("/counts?articleIds=" + String.join(",", hundred)).status()).isEqualTo(400);
        assertThat(http.get("/counts?articleIds=" + article + ",bad").body()).contains("\"field\":\"articleIds\"");
        assertThat(http.get("/counts").status()).isEqualTo(400);
    }

    @Test
    void deletingAnArticlesCommentsRemovesThemAllAndCanBeRepeated() {
        String id = approved("Going with the article", null);
        calls.post(article, form(email(), "Held, going too", null));
        String editor = http.token("EDITOR");

        assertThat(http.send(HttpRequest.DELETE("/articles/" + article + "/comments").bearerAuth(editor)).status()).isEqualTo(204);

        assertThat(http.get("/comments/" + id).status()).isEqualTo(404);
        assertThat(calls.page(article).get("count").getNumberValue().intValue()).isZero();
        assertThat(http.get("/moderation/comments?status=pending&size=100", calls.moderator).body()).doesNotContain("Held, going too");
        assertThat(http.send(HttpRequest.DELETE("/articles/" + article + "/comments").bearerAuth(calls.moderator)).status())
                .isEqualTo(204);
    }

    @Test
    void contentHtmlIsSafeAndLinksAreNofollowUgc() {
        Http.Reply reply = post(form(email(), "<script>alert(1)</script> visit https://site.example now", null));

        String html = calls.tree(reply.body()).get("contentHtml").getStringValue();
        assertThat(html).doesNotContain("<script").contains("&lt;script&gt;").contains("rel=\"nofollow ugc\"");
        assertThat(calls.tree(reply.body()).get("content").getStringValue()).startsWith("<script>");
    }

    @Test
    void healthIsUpOnceTheIndexesExist() {
        Http.Reply health = http.get("/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
        assertThat(http.get("/prometheus").status()).isEqualTo(200);
    }

    @Test
    void anUnknownHealthPathIsNotFoundWhileTheProbesAnswer() {
        Http.Reply unknown = http.get("/health/x");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(http.get("/health/liveness").status()).isEqualTo(200);
        assertThat(http.get("/health/readiness").status()).isEqualTo(200);
    }

    @Test
    void aRequestLineOrHeadersOverTheLimitAreRefusedWith414Or431AsProblems() {
        // the gateway's own limit is 16 KiB: what it passes on, percent-encoded again, must still be read
        assertThat(http.get("/comments/" + "a".repeat(20_000)).status()).isNotEqualTo(414);
        Http.Reply longLine = http.get("/comments/" + "a".repeat(60_000));
        Http.Reply largeHeaders = http.send(HttpRequest.GET("/health").header("X-Big", "b".repeat(20_000)));

        assertThat(longLine.status()).isEqualTo(414);
        assertThat(largeHeaders.status()).isEqualTo(431);
        assertThat(List.of(longLine, largeHeaders)).allSatisfy(reply -> {
            assertThat(reply.header("Content-Type")).isEqualTo("application/problem+json");
            assertThat(reply.header("X-Request-Id")).isNotBlank();
        });
    }
}
