package org.newsroom.comments.importing;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoDatabase;
import io.micronaut.http.HttpRequest;
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
import org.newsroom.support.testing.Http;
import reactor.core.publisher.Mono;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** The import path of comments-service; the context scans the service's root package, where its entities are. */
@MicronautTest(transactional = false, packages = "org.newsroom.comments")
class CommentImportTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JwtTokenGenerator tokens;

    @Inject
    JsonMapper json;

    @Inject
    MongoDatabase database;

    Http http;
    String moderator;
    String articleId;

    @BeforeEach
    void setUp() {
        http = new Http(client, tokens);
        moderator = http.token("MODERATOR");
        articleId = new ObjectId().toHexString();
    }

    private String source(String id) {
        return "https://blog.example.org/?p=" + articleId + "#comment-" + id;
    }

    private Map<String, Object> comment(String id, String parent, String status, String date) {
        Map<String, Object> comment = new HashMap<>();
        comment.put("source", source(id));
        comment.put("parentSource", parent == null ? null : source(parent));
        comment.put("authorName", "Reader " + id);
        comment.put("authorEmail", "reader@example.org");
        comment.put("authorUrl", "javascript:alert(1)");
        comment.put("authorIp", "192.0.2.7");
        comment.put("content", "Comment " + id);
        comment.put("status", status);
        comment.put("createdAt", date);
        return comment;
    }

    private Http.Reply importing(List<Map<String, Object>> comments, String token) {
        Map<String, Object> batch = Map.of("articleId", articleId, "articleSlug", "imported-" + articleId, "comments", comments);
        return http.send(HttpRequest.PUT("/import/comments", batch).bearerAuth(token));
    }

    private List<JsonNode> imported(List<Map<String, Object>> comments) {
        Http.Reply reply = importing(comments, moderator);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return items(tree(reply.body()).get("comments"));
    }

    private JsonNode page() {
        return tree(http.get("/articles/" + articleId + "/comments?size=100").body());
    }

    @Test
    void threadsLandWithTheirOriginalDatesAndStates() {
        List<JsonNode> results = imported(List.of(
                comment("1", null, "approved", "2010-01-01T10:00:00Z"),
                comment("2", "1", "approved", "2010-01-01T11:00:00Z"),
                comment("3", "2", "pending", "2010-01-01T12:00:00Z"),
                comment("4", null, "spam", "2010-01-01T13:00:00Z")));

        assertThat(results).extracting(result -> result.get("outcome").getStringValue()).containsOnly("created");
        JsonNode page = page();
        assertThat(page.get("count").getLongValue()).isEqualTo(2);
        JsonNode top = page.get("items").get(0);
        assertThat(top.get("authorName").getStringValue()).isEqualTo("Reader 1");
        assertThat(top.get("createdAt").getStringValue()).isEqualTo("2010-01-01T10:00:00Z");
        assertThat(top.get("authorUrl").isNull()).isTrue();
        assertThat(top.get("replies").get(0).get("content").getStringValue()).isEqualTo("Comment 2");
        assertThat(top.get("replies").get(0).get("replies").size()).isZero();
        JsonNode pending = tree(http.get("/moderation/comments?status=pending&article=imported-" + articleId, moderator).body()).get("items").get(0);
        assertThat(pending.get("authorEmail").getStringValue()).isEqualTo("reader@example.org");
        assertThat(pending.get("authorIp").getStringValue()).isEqualTo("192.0.2.7");
        assertThat(pending.get("depth").getIntValue()).isEqualTo(3);
    }

    @Test
    void secondImportOfTheSameCommentsChangesNothing() {
        List<Map<String, Object>> batch = List.of(comment("1", null, "approved", "2010-01-01T10:00:00Z"),
                comment("2", "1", "pending", "2010-01-01T11:00:00Z"));
        List<String> firstIds = imported(batch).stream().map(result -> result.get("id").getStringValue()).toList();

        List<JsonNode> again = imported(batch);

        assertThat(again).extracting(result -> result.get("outcome").getStringValue()).containsOnly("unchanged");
        assertThat(again).extracting(result -> result.get("id").getStringValue()).isEqualTo(firstIds);
        assertThat(again).extracting(result -> result.get("status").getStringValue()).containsExactly("approved", "pending");
        assertThat(page().get("count").getLongValue()).isEqualTo(1);
    }

    @Test
    void replyWhoseParentIsMissingLandsAtTopLevel() {
        imported(List.of(comment("5", "404", "approved", "2010-01-01T10:00:00Z")));

        JsonNode top = page().get("items").get(0);
        assertThat(top.get("content").getStringValue()).isEqualTo("Comment 5");
        assertThat(top.get("parentId").isNull()).isTrue();
    }

    @Test
    void depthIsCappedAtFiveLikeAnyReply() {
        List<Map<String, Object>> chain = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            chain.add(comment(String.valueOf(i), i == 1 ? null : String.valueOf(i - 1), "approved", "2010-01-01T10:0" + i + ":00Z"));
        }
        imported(chain);

        JsonNode level = page().get("items").get(0);
        for (int depth = 1; depth < 5; depth++) {
            level = level.get("replies").get(0);
        }
        assertThat(level.get("content").getStringValue()).isEqualTo("Comment 5");
        assertThat(items(level.get("replies"))).isEmpty();
        assertThat(page().get("count").getLongValue()).isEqualTo(8);
    }

    @Test
    void replyUnderAHiddenCommentIsHiddenWithIt() {
        imported(List.of(comment("1", null, "spam", "2010-01-01T10:00:00Z"), comment("2", "1", "approved", "2010-01-01T11:00:00Z")));

        assertThat(page().get("count").getLongValue()).isZero();
        Http.Reply counts = http.get("/counts?articleIds=" + articleId);
        assertThat(tree(counts.body()).get("counts").get(articleId).getLongValue()).isZero();
    }

    @Test
    void noFloodWindowNoModerationRuleAndNoDedupeByContent() {
        Map<String, Object> held = comment("1", null, "approved", "2010-01-01T10:00:00Z");
        held.put("content", "zzhold https://a.example https://b.example https://c.example");
        Map<String, Object> same = comment("2", null, "approved", "2010-01-01T10:00:01Z");
        same.put("content", held.get("content"));

        List<JsonNode> results = imported(List.of(held, same, comment("3", null, "approved", "2010-01-01T10:00:02Z")));

        assertThat(results).extracting(result -> result.get("outcome").getStringValue()).containsOnly("created");
        assertThat(results).extracting(result -> result.get("status").getStringValue()).containsOnly("approved");
        assertThat(page().get("count").getLongValue()).isEqualTo(3);
    }

    @Test
    void importedHtmlIsShownAsHtmlEverywhereAndKeptAsTypedInContent() {
        String html = "Approved <em>top</em> <a href=\"https://x.example\">link</a>";
        Map<String, Object> approved = comment("1", null, "approved", "2010-01-01T10:00:00Z");
        approved.put("content", html);
        Map<String, Object> held = comment("2", null, "pending", "2010-01-01T11:00:00Z");
        held.put("content", html);
        imported(List.of(approved, held));

        String shown = "<p>Approved <em>top</em> <a href=\"https://x.example\" rel=\"nofollow ugc\">link</a></p>\n";
        JsonNode top = page().get("items").get(0);
        assertThat(top.get("content").getStringValue()).isEqualTo(html);
        assertThat(top.get("contentFormat").getStringValue()).isEqualTo("html");
        assertThat(top.get("contentHtml").getStringValue()).isEqualTo(shown);
        JsonNode latest = tree(http.get("/latest-comments?articleId=" + articleId).body()).get(0);
        assertThat(latest.get("contentHtml").getStringValue()).isEqualTo(shown);
        JsonNode moderated = tree(http.get("/moderation/comments?status=pending&article=imported-" + articleId, moderator).body())
                .get("items").get(0);
        assertThat(moderated.get("contentHtml").getStringValue()).isEqualTo(shown);
        assertThat(moderated.get("contentFormat").getStringValue()).isEqualTo("html");
    }

    @Test
    void linksInImportedHtmlDoNotHoldIt() {
        Map<String, Object> linked = comment("1", null, "approved", "2010-01-01T10:00:00Z");
        linked.put("content", "<a href=\"https://a.example\">a</a> <a href=\"https://b.example\">b</a> www.c.example");

        assertThat(imported(List.of(linked)).get(0).get("status").getStringValue()).isEqualTo("approved");
        assertThat(page().get("count").getLongValue()).isEqualTo(1);
    }

    @Test
    void importingHtmlAgainChangesNothing() {
        Map<String, Object> html = comment("1", null, "approved", "2010-01-01T10:00:00Z");
        html.put("content", "First <strong>line</strong>\nsecond\n\nNext paragraph");
        imported(List.of(html));
        String before = http.get("/articles/" + articleId + "/comments?size=100").body();

        List<JsonNode> again = imported(List.of(html));

        assertThat(again.get(0).get("outcome").getStringValue()).isEqualTo("unchanged");
        assertThat(http.get("/articles/" + articleId + "/comments?size=100").body()).isEqualTo(before);
    }

    @Test
    void aCommentImportedBeforeContentFormatsIsShownAsHtmlOnceImportedAgain() {
        Map<String, Object> html = comment("1", null, "approved", "2010-01-01T10:00:00Z");
        html.put("content", "Approved <em>top</em>");
        String id = imported(List.of(html)).get(0).get("id").getStringValue();
        // what an earlier version stored: no format, the HTML escaped as Markdown text
        Mono.from(database.getCollection("comments").updateOne(Filters.eq("_id", new ObjectId(id)), Updates.combine(
                Updates.unset("contentFormat"), Updates.set("contentHtml", "<p>Approved &lt;em&gt;top&lt;/em&gt;</p>\n")))).block();
        assertThat(page().get("items").get(0).get("contentFormat").getStringValue()).isEqualTo("markdown");

        List<JsonNode> upgraded = imported(List.of(html));
        JsonNode shown = page().get("items").get(0);
        List<JsonNode> third = imported(List.of(html));

        assertThat(upgraded.get(0).get("outcome").getStringValue()).isEqualTo("updated");
        assertThat(upgraded.get(0).get("id").getStringValue()).isEqualTo(id);
        assertThat(shown.get("contentFormat").getStringValue()).isEqualTo("html");
        assertThat(shown.get("contentHtml").getStringValue()).isEqualTo("<p>Approved <em>top</em></p>\n");
        assertThat(shown.get("content").getStringValue()).isEqualTo("Approved <em>top</em>");
        assertThat(shown.get("createdAt").getStringValue()).isEqualTo("2010-01-01T10:00:00Z");
        assertThat(third.get(0).get("outcome").getStringValue()).isEqualTo("unchanged");
    }

    @Test
    void commentDeletedByAModeratorSinceItsImportIsNotBroughtBack() {
        String id = imported(List.of(comment("1", null, "approved", "2010-01-01T10:00:00Z"))).get(0).get("id").getStringValue();
        assertThat(http.send(HttpRequest.DELETE("/moderation/comments/" + id).bearerAuth(moderator)).status()).isEqualTo(204);

        assertThat(imported(List.of(comment("1", null, "approved", "2010-01-01T10:00:00Z"))).get(0).get("outcome").getStringValue())
                .isEqualTo("deleted");
        assertThat(page().get("count").getLongValue()).isZero();
    }

    @Test
    void aBatchOf200KibImportsWhileACommentPostOver512KibIs413() {
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            Map<String, Object> comment = comment(String.valueOf(i), null, "approved", "2010-01-01T10:00:00Z");
            comment.put("content", "Long comment " + i + " " + "ü".repeat(3500));
            batch.add(comment);
        }
        Map<String, Object> post = Map.of("authorName", "Dana", "authorEmail", "dana@example.org", "content", "ü".repeat(300_000));

        List<JsonNode> results = imported(batch);
        Http.Reply posted = http.send(HttpRequest.POST("/articles/" + articleId + "/comments", Map.of("batch", batch, "comment", post)));

        assertThat(results).hasSize(30).allSatisfy(result -> assertThat(result.get("outcome").getStringValue()).isEqualTo("created"));
        assertThat(page().get("count").getLongValue()).isEqualTo(30);
        assertThat(posted.status()).isEqualTo(413);
        assertThat(posted.body()).contains("524288 bytes");
    }

    @Test
    void commentWithoutContentIsRejectedAndTheOthersImported() {
        Map<String, Object> empty = comment("1", null, "approved", "2010-01-01T10:00:00Z");
        empty.put("content", "  ");

        List<JsonNode> results = imported(List.of(empty, comment("2", null, "approved", "2010-01-01T10:00:00Z")));

        assertThat(results.get(0).get("outcome").getStringValue()).isEqualTo("rejected");
        assertThat(results.get(0).get("reason").getStringValue()).contains("content");
        assertThat(results.get(1).get("outcome").getStringValue()).isEqualTo("created");
    }

    @Test
    void aDateNoStoreCanHoldIsRejectedAndTheOthersImported() {
        List<JsonNode> results = imported(List.of(comment("1", null, "approved", "+999999999-12-31T23:59:59Z"),
                comment("2", null, "approved", "2010-01-01T10:00:00Z")));

        assertThat(results.get(0).get("outcome").getStringValue()).isEqualTo("rejected");
        assertThat(results.get(0).get("reason").getStringValue()).contains("createdAt", "between the years 1 and 9999");
        assertThat(results.get(1).get("outcome").getStringValue()).isEqualTo("created");
    }

    @Test
    void badArticleIdIsABadRequestNamingTheField() {
        Http.Reply reply = http.send(HttpRequest.PUT("/import/comments", Map.of("articleId", "x", "comments",
                List.of(comment("1", null, "approved", "2010-01-01T10:00:00Z")))).bearerAuth(moderator));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("articleId");
    }

    @Test
    void importIsForModeratorsOnly() {
        List<Map<String, Object>> batch = List.of(comment("1", null, "approved", "2010-01-01T10:00:00Z"));

        assertThat(http.send(HttpRequest.PUT("/import/comments", Map.of("articleId", articleId, "comments", batch))).status())
                .isEqualTo(401);
        assertThat(importing(batch, http.token("EDITOR")).status()).isEqualTo(403);
        assertThat(page().get("count").getLongValue()).isZero();
    }

    private static List<JsonNode> items(JsonNode array) {
        return StreamSupport.stream(array.values().spliterator(), false).toList();
    }

    private JsonNode tree(String body) {
        try {
            return json.readValue(body, JsonNode.class);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
