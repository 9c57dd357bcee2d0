package org.newsroom.comments;

import org.newsroom.support.testing.Http;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class CommentApiTest {

    private static final AtomicInteger NEXT_IP = new AtomicInteger(1);

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JwtTokenGenerator tokens;

    @Inject
    JsonMapper json;

    Http http;
    String moderator;
    String article;

    @BeforeEach
    void setUp() {
        http = new Http(client, tokens);
        moderator = http.token("MODERATOR");
        article = new ObjectId().toHexString();
    }

    static String ip() {
        int n = NEXT_IP.getAndIncrement();
        return "10.9." + (n / 250) + "." + (n % 250 + 1);
    }

    static String email() {
        return "r-" + UUID.randomUUID().toString().substring(0, 8) + "@Example.org";
    }

    static Map<String, Object> form(String email, String content, String parentId) {
        Map<String, Object> form = new HashMap<>();
        form.put("authorName", "Dana");
        form.put("authorEmail", email);
        form.put("authorUrl", "https://dana.example");
        form.put("content", content);
        form.put("parentId", parentId);
        return form;
    }

    JsonNode tree(String body) {
        try {
            return json.readValue(body, JsonNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    MutableHttpRequest<?> postRequest(String articleId, Object body, String clientIp) {
        return HttpRequest.POST("/articles/" + articleId + "/comments?slug=the-slug", body)
                .header("X-Client-IP", clientIp).header("X-Client-User-Agent", "TestBrowser/2.0");
    }

    Http.Reply post(Map<String, Object> form) {
        return http.send(postRequest(article, form, ip()));
    }

    /** Posts as a moderator: approved at once, no flood window. */
    String approved(String content, String parentId) {
        Http.Reply reply = http.send(postRequest(article, form("desk@example.org", content, parentId), ip()).bearerAuth(moderator));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return tree(reply.body()).get("id").getStringValue();
    }

    Http.Reply setStatus(String id, String status) {
        return http.send(HttpRequest.PATCH("/moderation/comments/" + id, Map.of("status", status)).bearerAuth(moderator));
    }

    String page(String articleId) {
        return http.get("/articles/" + articleId + "/comments?size=100").body();
    }

    @Test
    void firstTimeAuthorIsHeldAndHiddenFromReaders() {
        Http.Reply posted = post(form(email(), "First words", null));

        assertThat(posted.status()).isEqualTo(201);
        JsonNode body = tree(posted.body());
        assertThat(body.get("status").getStringValue()).isEqualTo("pending");
        assertThat(posted.header("Location")).isEqualTo("/comments/" + body.get("id").getStringValue());
        assertThat(body.get("parentId").isNull()).isTrue();
        assertThat(body.get("replies").isArray()).isTrue();
        assertThat(posted.body()).doesNotContain("example.org").doesNotContain("TestBrowser").doesNotContain("10.9.");
        assertThat(page(article)).doesNotContain("First words");
        assertThat(http.get("/comments/" + body.get("id").getStringValue()).status()).isEqualTo(404);
    }

    @Test
    void returningAuthorIsApprovedWhateverTheCaseOfTheEmail() throws InterruptedException {
        String email = email();
        String first = tree(post(form(email, "Earlier", null)).body()).get("id").getStringValue();
        assertThat(setStatus(first, "approved").status()).isEqualTo(200);
        Thread.sleep(1100);

        Http.Reply again = post(form(email.toLowerCase(), "Again", null));

        assertThat(tree(again.body()).get("status").getStringValue()).isEqualTo("approved");
        assertThat(page(article)).contains("Again").contains("Earlier");
    }

    @Test
    void everyInvalidFieldIsNamed() {
        Map<String, Object> bad = form("nope", " ", null);
        bad.put("authorName", "x".repeat(246));
        bad.put("authorUrl", "javascript:alert(1)");

        Http.Reply reply = post(bad);

        assertThat(reply.status()).isEqualTo(400);
        for (String field : List.of("authorName", "authorEmail", "authorUrl", "content")) {
            assertThat(reply.body()).contains("\"field\":\"" + field + "\"");
        }
        assertThat(post(Map.of()).body()).contains("\"field\":\"authorName\"").contains("\"field\":\"content\"");
        assertThat(post(form(email(), "x".repeat(10_001), null)).status()).isEqualTo(400);
        assertThat(post(form("a".repeat(95) + "@x.org", "long email", null)).status()).isEqualTo(400);
        assertThat(post(form(email(), "  trimmed  ", null)).status()).isEqualTo(201);
    }

    @Test
    void objectWhereAStringBelongsIsABadRequestNamingTheField() {
        Http.Reply reply = http.send(postRequest(article, "{\"authorName\":\"D\",\"authorEmail\":{\"$ne\":\"\"},\"content\":\"x\"}", ip()));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("\"field\":\"authorEmail\"");
    }

    @Test
    void malformedArticleIdIsNotFound() {
        assertThat(http.send(postRequest("not-an-id", form(email(), "x", null), ip())).status()).isEqualTo(404);
        assertThat(http.get("/comments/not-an-id").status()).isEqualTo(404);
    }

    @Test
    void parentMustBeAVisibleCommentOfTheSameArticle() {
        String pending = tree(post(form(email(), "Pending parent", null)).body()).get("id").getStringValue();
        String elsewhere = tree(http.send(postRequest(new ObjectId().toHexString(), form("desk@example.org", "Elsewhere", null), ip())
                .bearerAuth(moderator)).body()).get("id").getStringValue();

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

        assertThat(post(comment).status()).isEqualTo(409);
    }

    @Test
    void identicalConcurrentPostsStoreExactlyOneComment() {
        Map<String, Object> comment = form("desk@example.org", "Posted eight times at once", null);
        List<CompletableFuture<Integer>> posts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            posts.add(CompletableFuture.supplyAsync(() ->
                    http.send(postRequest(article, comment, ip()).bearerAuth(moderator)).status()));
        }
        List<Integer> statuses = posts.stream().map(CompletableFuture::join).toList();

        assertThat(statuses.stream().filter(status -> status == 201).count()).isEqualTo(1);
        assertThat(statuses).containsOnly(201, 409);
        assertThat(tree(page(article)).get("count").getNumberValue().intValue()).isEqualTo(1);
    }

    @Test
    void secondCommentFromOneIpOrOneEmailWithinTheWindowIsTooManyRequests() throws InterruptedException {
        String sameIp = ip();
        assertThat(http.send(postRequest(article, form(email(), "one", null), sameIp)).status()).isEqualTo(201);
        Http.Reply byIp = http.send(postRequest(article, form(email(), "two", null), sameIp));
        String sameEmail = email();
        assertThat(post(form(sameEmail, "three", null)).status()).isEqualTo(201);
        Http.Reply byEmail = post(form(sameEmail.toUpperCase(), "four", null));

        assertThat(byIp.status()).isEqualTo(429);
        assertThat(byIp.header("Retry-After")).isEqualTo("1");
        assertThat(byEmail.status()).isEqualTo(429);

        Thread.sleep(1100);
        assertThat(http.send(postRequest(article, form(email(), "five", null), sameIp)).status()).isEqualTo(201);
    }

    @Test
    void rejectedPostsDoNotStartTheWindow() {
        String sameIp = ip();
        assertThat(http.send(postRequest(article, form("bad", "x", null), sameIp)).status()).isEqualTo(400);
        Map<String, Object> duplicate = form("desk@example.org", "dup " + UUID.randomUUID(), null);
        approvedAs(duplicate);
        assertThat(http.send(postRequest(article, duplicate, sameIp)).status()).isEqualTo(409);

        assertThat(http.send(postRequest(article, form(email(), "accepted", null), sameIp)).status()).isEqualTo(201);
    }

    private void approvedAs(Map<String, Object> form) {
        assertThat(http.send(postRequest(article, form, ip()).bearerAuth(moderator)).status()).isEqualTo(201);
    }

    @Test
    void moderatorCommentsAreApprovedAndStartNoWindow() {
        String sameIp = ip();
        Http.Reply first = http.send(postRequest(article, form("desk@example.org", "m1", null), sameIp).bearerAuth(moderator));
        Http.Reply second = http.send(postRequest(article, form("desk@example.org", "m2", null), sameIp).bearerAuth(moderator));
        Http.Reply reader = http.send(postRequest(article, form(email(), "reader after moderator", null), sameIp));

        assertThat(tree(first.body()).get("status").getStringValue()).isEqualTo("approved");
        assertThat(second.status()).isEqualTo(201);
        assertThat(reader.status()).isEqualTo(201);
    }

    @Test
    void threadsAreNestedAndPagedOverTopLevelCommentsOldestFirst() {
        String first = approved("Top one", null);
        String reply = approved("Reply to one", first);
        approved("Reply to reply", reply);
        String second = approved("Top two", null);
        approved("Top three", null);

        JsonNode pageOne = tree(http.get("/articles/" + article + "/comments?size=2").body());
        JsonNode pageTwo = tree(http.get("/articles/" + article + "/comments?size=2&page=2").body());

        assertThat(pageOne.get("total").getNumberValue().intValue()).isEqualTo(3);
        assertThat(pageOne.get("count").getNumberValue().intValue()).isEqualTo(5);
        assertThat(pageOne.get("totalPages").getNumberValue().intValue()).isEqualTo(2);
        assertThat(pageOne.get("items").get(0).get("id").getStringValue()).isEqualTo(first);
        assertThat(pageOne.get("items").get(1).get("id").getStringValue()).isEqualTo(second);
        JsonNode nested = pageOne.get("items").get(0).get("replies").get(0);
        assertThat(nested.get("id").getStringValue()).isEqualTo(reply);
        assertThat(nested.get("replies").get(0).get("content").getStringValue()).isEqualTo("Reply to reply");
        assertThat(pageTwo.get("items").size()).isEqualTo(1);
        assertThat(http.get("/articles/" + article + "/comments?page=9").body()).contains("\"items\":[]");
        assertThat(http.get("/articles/" + article + "/comments?size=0").status()).isEqualTo(400);
        assertThat(http.get("/articles/" + article + "/comments?page=x").status()).isEqualTo(400);
    }

    @Test
    void repliesDeeperThanFiveLevelsAttachAtLevelFive() {
        String parent = null;
        List<String> chain = new ArrayList<>();
        for (int level = 1; level <= 6; level++) {
            parent = approved("Level " + level, parent);
            chain.add(parent);
        }

        JsonNode sixth = tree(http.get("/comments/" + chain.get(5)).body());

        assertThat(sixth.get("parentId").getStringValue()).isEqualTo(chain.get(3));
        JsonNode moderated = tree(http.get("/moderation/comments?status=approved&article=the-slug&size=100", moderator).body());
        for (JsonNode item : moderated.get("items").values()) {
            assertThat(item.get("depth").getNumberValue().intValue()).isLessThanOrEqualTo(5);
        }
    }

    @Test
    void replyUnderAnUnapprovedParentIsHiddenUntilItIsApprovedAgain() {
        String parent = approved("Parent", null);
        String child = approved("Child", parent);
        String grandchild = approved("Grandchild", child);

        setStatus(parent, "pending");
        assertThat(page(article)).doesNotContain("Child").doesNotContain("Grandchild");
        assertThat(http.get("/comments/" + grandchild).status()).isEqualTo(404);
        assertThat(tree(http.get("/counts?articleIds=" + article).body()).get("counts").get(article).getNumberValue().intValue()).isZero();

        setStatus(parent, "approved");
        assertThat(page(article)).contains("Child").contains("Grandchild");
        assertThat(tree(page(article)).get("count").getNumberValue().intValue()).isEqualTo(3);
    }

    @Test
    void deletingACommentReattachesItsRepliesToItsParent() {
        String top = approved("Top", null);
        String middle = approved("Middle", top);
        String bottom = approved("Bottom", middle);
        String below = approved("Below", bottom);

        assertThat(http.send(HttpRequest.DELETE("/moderation/comments/" + middle).bearerAuth(moderator)).status()).isEqualTo(204);

        assertThat(http.get("/comments/" + middle).status()).isEqualTo(404);
        assertThat(tree(http.get("/comments/" + bottom).body()).get("parentId").getStringValue()).isEqualTo(top);
        assertThat(tree(http.get("/comments/" + below).body()).get("parentId").getStringValue()).isEqualTo(bottom);
        assertThat(tree(page(article)).get("items").get(0).get("replies").get(0).get("id").getStringValue()).isEqualTo(bottom);
        assertThat(http.send(HttpRequest.DELETE("/moderation/comments/" + middle).bearerAuth(moderator)).status()).isEqualTo(404);
    }

    @Test
    void deletingATopLevelCommentPromotesItsReplies() {
        String top = approved("Doomed top", null);
        String reply = approved("Promoted", top);

        http.send(HttpRequest.DELETE("/moderation/comments/" + top).bearerAuth(moderator));

        JsonNode promoted = tree(http.get("/comments/" + reply).body());
        assertThat(promoted.get("parentId").isNull()).isTrue();
        assertThat(tree(page(article)).get("items").get(0).get("id").getStringValue()).isEqualTo(reply);
    }

    @Test
    void countsForManyArticlesComeInOneAnswer() {
        String other = new ObjectId().toHexString();
        approved("Counted", null);
        approved("Counted too", null);

        JsonNode counts = tree(http.get("/counts?articleIds=" + article + "," + other).body()).get("counts");

        assertThat(counts.get(article).getNumberValue().intValue()).isEqualTo(2);
        assertThat(counts.get(other).getNumberValue().intValue()).isZero();
        assertThat(http.get("/counts?articleIds=bad").status()).isEqualTo(400);
    }

    @Test
    void moderatorsSeePrivateFieldsByStatusAndArticle() {
        String email = email();
        String id = tree(post(form(email, "Needs a look", null)).body()).get("id").getStringValue();

        JsonNode queue = tree(http.get("/moderation/comments?article=the-slug&size=100", moderator).body());
        JsonNode item = null;
        for (JsonNode candidate : queue.get("items").values()) {
            if (id.equals(candidate.get("id").getStringValue())) {
                item = candidate;
            }
        }
        assertThat(item).isNotNull();
        assertThat(item.get("authorEmail").getStringValue()).isEqualTo(email);
        assertThat(item.get("authorIp").getStringValue()).startsWith("10.9.");
        assertThat(item.get("userAgent").getStringValue()).isEqualTo("TestBrowser/2.0");
        assertThat(item.get("articleSlug").getStringValue()).isEqualTo("the-slug");
        assertThat(item.get("status").getStringValue()).isEqualTo("pending");
        assertThat(http.get("/moderation/counts", moderator).body()).contains("\"pending\":");
    }

    @Test
    void moderationNeedsTheModeratorRole() {
        String editor = http.token("EDITOR");

        assertThat(http.get("/moderation/comments").status()).isEqualTo(401);
        assertThat(http.get("/moderation/comments", editor).status()).isEqualTo(403);
        assertThat(http.send(HttpRequest.PATCH("/moderation/comments/" + new ObjectId(), Map.of("status", "spam")).bearerAuth(editor)).status())
                .isEqualTo(403);
        assertThat(http.send(HttpRequest.DELETE("/moderation/comments/" + new ObjectId())).status()).isEqualTo(401);
        assertThat(http.send(HttpRequest.DELETE("/articles/" + article + "/comments")).status()).isEqualTo(401);
        assertThat(http.send(HttpRequest.DELETE("/articles/" + article + "/comments").bearerAuth(http.token("NOBODY"))).status()).isEqualTo(403);
    }

    @Test
    void statusChangesAreValidated() {
        String id = approved("Status target", null);

        assertThat(setStatus(id, "deleted").status()).isEqualTo(400);
        assertThat(setStatus(new ObjectId().toHexString(), "spam").status()).isEqualTo(404);
        assertThat(setStatus("junk", "spam").status()).isEqualTo(404);
        assertThat(setStatus(id, "trash").status()).isEqualTo(200);
        assertThat(http.get("/moderation/comments?status=trash&size=100", moderator).body()).contains(id);
        assertThat(http.get("/moderation/comments?status=bogus", moderator).status()).isEqualTo(400);
    }

    @Test
    void deletingAnArticlesCommentsRemovesThemAll() {
        String id = approved("Going with the article", null);

        assertThat(http.send(HttpRequest.DELETE("/articles/" + article + "/comments").bearerAuth(http.token("EDITOR"))).status())
                .isEqualTo(204);

        assertThat(http.get("/comments/" + id).status()).isEqualTo(404);
        assertThat(tree(page(article)).get("count").getNumberValue().intValue()).isZero();
    }

    @Test
    void contentHtmlIsSafeAndLinksAreNofollowUgc() {
        Http.Reply reply = post(form(email(), "<script>alert(1)</script> visit https://site.example now", null));

        String html = tree(reply.body()).get("contentHtml").getStringValue();
        assertThat(html).doesNotContain("<script").contains("&lt;script&gt;").contains("rel=\"nofollow ugc\"");
        assertThat(tree(reply.body()).get("content").getStringValue()).startsWith("<script>");
    }
}
