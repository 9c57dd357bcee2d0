package org.newsroom.articles.importing;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsroom.support.testing.Http;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The import path of articles-service; the context scans the service's root package, where its entities are. */
@MicronautTest(transactional = false, packages = "org.newsroom.articles")
class ArticleImportTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JwtTokenGenerator tokens;

    @Inject
    JsonMapper json;

    Http http;
    String editor;
    String name;

    @BeforeEach
    void setUp() {
        http = new Http(client, tokens);
        editor = http.token("EDITOR");
        name = "wp-post-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private Map<String, Object> post(String body) {
        Map<String, Object> post = new HashMap<>();
        post.put("source", "https://blog.example.org/?p=" + name);
        post.put("slug", name);
        post.put("title", "Imported " + name);
        post.put("body", body);
        post.put("author", "wpauthor");
        post.put("tags", List.of("Travel", "travel", "x".repeat(51)));
        post.put("status", "published");
        post.put("commentStatus", "closed");
        post.put("date", "2012-03-04T05:06:07Z");
        return post;
    }

    private Http.Reply importing(Map<String, Object> post, String token) {
        return http.send(HttpRequest.PUT("/import/articles", post).bearerAuth(token));
    }

    private JsonNode imported(Map<String, Object> post) {
        Http.Reply reply = importing(post, editor);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return tree(reply.body());
    }

    private JsonNode article(String slug) {
        Http.Reply reply = http.get("/articles/" + slug, editor);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return tree(reply.body());
    }

    @Test
    void importedPostBecomesAnHtmlArticleWithItsOriginalDate() {
        JsonNode result = imported(post("<!-- wp:paragraph --><p>Hello <em>world</em></p><!-- /wp:paragraph -->"));
        JsonNode article = article(name);

        assertThat(result.get("outcome").getStringValue()).isEqualTo("created");
        assertThat(result.get("id").getStringValue()).isEqualTo(article.get("id").getStringValue());
        assertThat(article.get("bodyFormat").getStringValue()).isEqualTo("html");
        assertThat(article.get("bodyHtml").getStringValue()).isEqualTo("<p>Hello <em>world</em></p>\n");
        assertThat(article.get("body").getStringValue()).startsWith("<!-- wp:paragraph -->");
        assertThat(article.get("publishedAt").getStringValue()).isEqualTo("2012-03-04T05:06:07Z");
        assertThat(article.get("createdAt").getStringValue()).isEqualTo("2012-03-04T05:06:07Z");
        assertThat(article.get("author").getStringValue()).isEqualTo("wpauthor");
        assertThat(article.get("updatedBy").getStringValue()).as("the account that imported it").isEqualTo("tester");
        assertThat(article.get("commentStatus").getStringValue()).isEqualTo("closed");
        assertThat(article.get("excerpt").getStringValue()).isEqualTo("Hello world");
        assertThat(article.get("tags").values()).extracting(JsonNode::getStringValue).containsExactly("Travel");
        assertThat(result.get("tagsLeftOut").values()).extracting(JsonNode::getStringValue).containsExactly("x".repeat(51));
    }

    @Test
    void secondImportOfTheSamePostChangesNothing() {
        imported(post("<p>Once</p>"));
        JsonNode before = article(name);

        JsonNode again = imported(post("<p>Once</p>"));

        assertThat(again.get("outcome").getStringValue()).isEqualTo("unchanged");
        assertThat(again.get("tagsLeftOut").values()).as("said on every run").hasSize(1);
        JsonNode after = article(name);
        assertThat(after.get("version").getLongValue()).isEqualTo(before.get("version").getLongValue());
        assertThat(after.get("updatedAt").getStringValue()).isEqualTo(before.get("updatedAt").getStringValue());
    }

    @Test
    void changedOriginalUpdatesTheArticleKeepingItsSlug() {
        imported(post("<p>First text</p>"));
        Map<String, Object> changed = post("<p>Second text</p>");
        changed.put("slug", "renamed-in-wordpress");

        JsonNode result = imported(changed);

        assertThat(result.get("outcome").getStringValue()).isEqualTo("updated");
        assertThat(result.get("slug").getStringValue()).isEqualTo(name);
        assertThat(article(name).get("bodyHtml").getStringValue()).isEqualTo("<p>Second text</p>\n");
    }

    @Test
    void slugOfAnArticleWrittenHereIsAConflictAndStaysUntouched() {
        Http.Reply own = http.send(HttpRequest.POST("/articles", Map.of("title", "Own " + name, "slug", name, "body", "Mine",
                "status", "published")).bearerAuth(editor));
        assertThat(own.status()).isEqualTo(201);

        Http.Reply reply = importing(post("<p>Theirs</p>"), editor);

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.body()).contains(name);
        assertThat(article(name).get("body").getStringValue()).isEqualTo("Mine");
    }

    @Test
    void articleDeletedSinceItsImportIsNotBroughtBack() {
        imported(post("<p>Gone soon</p>"));
        assertThat(http.send(HttpRequest.DELETE("/articles/" + name).bearerAuth(editor)).status()).isEqualTo(204);

        assertThat(imported(post("<p>Gone soon</p>")).get("outcome").getStringValue()).isEqualTo("deleted");
        assertThat(http.get("/articles/" + name, editor).status()).isEqualTo(404);
    }

    @Test
    void draftWithoutSlugGetsOneFromItsTitleAndNoPublicationDate() {
        Map<String, Object> draft = post("Draft text");
        draft.put("slug", "");
        draft.put("title", "Ünïcode Draft " + name);
        draft.put("status", "draft");
        draft.remove("date");

        JsonNode result = imported(draft);
        JsonNode article = article(result.get("slug").getStringValue());

        assertThat(result.get("slug").getStringValue()).isEqualTo("unicode-draft-" + name);
        assertThat(article.get("status").getStringValue()).isEqualTo("draft");
        assertThat(article.get("publishedAt").isNull()).isTrue();
        assertThat(article.get("bodyHtml").getStringValue()).isEqualTo("<p>Draft text</p>\n");
    }

    @Test
    void editingAnImportedArticleKeepsItHtml() {
        imported(post("<p>Original</p>"));
        JsonNode stored = article(name);

        Http.Reply edited = http.send(HttpRequest.PUT("/articles/" + name, Map.of("title", "Edited", "body", "<h2>Still HTML</h2>",
                "version", stored.get("version").getLongValue())).bearerAuth(editor));

        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(tree(edited.body()).get("bodyFormat").getStringValue()).isEqualTo("html");
        assertThat(tree(edited.body()).get("bodyHtml").getStringValue()).isEqualTo("<h2>Still HTML</h2>\n");
    }

    private Http.Reply edit(Map<String, Object> fields, long version) {
        Map<String, Object> article = new HashMap<>(fields);
        article.put("version", version);
        return http.send(HttpRequest.PUT("/articles/" + name, article).bearerAuth(editor));
    }

    @Test
    void aPostImportedWithoutContentCanBeEditedUnpublishedAndClosedWithItsBlankBody() {
        imported(post(""));
        long version = article(name).get("version").getLongValue();

        Http.Reply retitled = edit(Map.of("title", "Edge case", "body", ""), version);
        assertThat(retitled.status()).as(retitled.body()).isEqualTo(200);
        Http.Reply unpublished = edit(Map.of("title", "Edge case", "body", " \n ", "status", "draft"), version + 1);
        assertThat(unpublished.status()).as(unpublished.body()).isEqualTo(200);
        Http.Reply closed = edit(Map.of("title", "Edge case", "commentStatus", "closed"), version + 2);
        assertThat(closed.status()).as("a missing body keeps the blank one: " + closed.body()).isEqualTo(200);

        JsonNode article = article(name);
        assertThat(article.get("title").getStringValue()).isEqualTo("Edge case");
        assertThat(article.get("status").getStringValue()).isEqualTo("draft");
        assertThat(article.get("commentStatus").getStringValue()).isEqualTo("closed");
        assertThat(article.get("body").getStringValue()).isBlank();
        assertThat(article.get("bodyFormat").getStringValue()).isEqualTo("html");
    }

    @Test
    void aBodyOfOnlySpacesTabsAndLineBreaksIsStoredEmpty() {
        imported(post(""));
        JsonNode before = article(name);

        Http.Reply edited = edit(Map.of("title", "Still empty", "body", " \t\r\n \n\t"), before.get("version").getLongValue());

        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        for (JsonNode view : List.of(tree(edited.body()), article(name), tree(http.get("/articles/" + name).body()))) {
            assertThat(view.get("body").getStringValue()).isEmpty();
            assertThat(view.get("bodyHtml").getStringValue()).isEqualTo(before.get("bodyHtml").getStringValue());
            assertThat(view.get("excerpt").getStringValue()).isEqualTo(before.get("excerpt").getStringValue());
            assertThat(view.get("title").getStringValue()).isEqualTo("Still empty");
        }
    }

    @Test
    void anImportedBodyOfOnlyBlanksIsStoredEmpty() {
        imported(post(" \n\t \r\n"));

        assertThat(article(name).get("body").getStringValue()).isEmpty();
    }

    @Test
    void aBodyIsNeverEmptiedButABlankOneMayBeFilled() {
        imported(post("<p>Some content</p>"));
        long version = article(name).get("version").getLongValue();

        for (Map<String, Object> emptied : List.of(Map.<String, Object>of("title", "Emptied", "body", ""),
                Map.<String, Object>of("title", "Emptied", "body", "  "), Map.<String, Object>of("title", "Emptied"))) {
            Http.Reply refused = edit(emptied, version);
            assertThat(refused.status()).as(refused.body()).isEqualTo(400);
            assertThat(refused.body()).contains("\"field\":\"body\"", "must not be blank");
        }
        assertThat(article(name).get("body").getStringValue()).isEqualTo("<p>Some content</p>");

        name = "wp-post-" + UUID.randomUUID().toString().substring(0, 8);
        imported(post(""));
        Http.Reply filled = edit(Map.of("title", "Filled", "body", "<p>Written at last</p>"), article(name).get("version").getLongValue());
        assertThat(filled.status()).as(filled.body()).isEqualTo(200);
        assertThat(tree(filled.body()).get("bodyHtml").getStringValue()).isEqualTo("<p>Written at last</p>\n");
    }

    /** HTML of {@code paragraphs} paragraphs of 1,000 two-byte characters: about 2 KiB of JSON each. */
    private static String longFeature(int paragraphs) {
        return ("<p>" + "é".repeat(1000) + "</p>\n").repeat(paragraphs);
    }

    @Test
    void aPostOf200KibImportsWhole() {
        Map<String, Object> post = post(longFeature(105));
        assertThat(json(post).length).isGreaterThan(200 * 1024);

        JsonNode result = imported(post);

        assertThat(result.get("outcome").getStringValue()).isEqualTo("created");
        assertThat(article(name).get("bodyHtml").getStringValue()).hasSize(105 * (1000 + "<p></p>\n".length()));
    }

    @Test
    void theImportPathTakesBodiesOverTheLimitOfEditorsWrites() {
        Map<String, Object> post = post(longFeature(550));
        assertThat(json(post).length).isGreaterThan(1024 * 1024);
        Map<String, Object> written = Map.of("title", "Too long", "slug", name, "body", post.get("body"));

        Http.Reply imported = importing(post, editor);
        Http.Reply created = http.send(HttpRequest.POST("/articles", written).bearerAuth(editor));

        assertThat(imported.status()).as("a long feature of 550,000 characters").isEqualTo(200);
        assertThat(article(name).get("body").getStringValue()).hasSize(550 * 1000 + 550 * "<p></p>\n".length());
        assertThat(created.status()).isEqualTo(413);
        assertThat(created.body()).contains("1048576 bytes");
        Http.Reply overlong = importing(post(longFeature(2001)), editor);
        assertThat(overlong.status()).as("read, then refused for its length").isEqualTo(400);
        assertThat(overlong.body()).contains("body");
    }

    @Test
    void aDateNoStoreCanHoldIsABadRequestNamingIt() {
        Map<String, Object> post = post("<p>x</p>");
        post.put("date", "+999999999-12-31T23:59:59Z");

        Http.Reply reply = importing(post, editor);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("\"field\":\"date\"", "between the years 1 and 9999");
    }

    @Test
    void missingStatusIsABadRequestNamingTheField() {
        Map<String, Object> post = post("<p>x</p>");
        post.remove("status");

        Http.Reply reply = importing(post, editor);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("status");
    }

    @Test
    void anArrayInPlaceOfATagIsABadRequestNamingIt() {
        Map<String, Object> post = post("<p>x</p>");
        post.put("tags", List.of("travel", List.of("politics")));

        Http.Reply reply = importing(post, editor);

        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.body()).contains("tags[1]");
        assertThat(http.get("/articles/" + name, editor).status()).isEqualTo(404);
    }

    @Test
    void importIsForEditorsOnly() {
        Map<String, Object> post = post("<p>x</p>");

        assertThat(http.send(HttpRequest.PUT("/import/articles", post)).status()).isEqualTo(401);
        assertThat(importing(post, http.token("MODERATOR")).status()).isEqualTo(403);
        assertThat(http.get("/articles/" + name, editor).status()).isEqualTo(404);
    }

    private byte[] json(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode tree(String body) {
        try {
            return json.readValue(body, JsonNode.class);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
