package org.newsroom.articles;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class ArticleApiTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JwtTokenGenerator tokens;

    @Inject
    JsonMapper json;

    Http http;
    String editor;

    @BeforeEach
    void setUp() {
        http = new Http(client, tokens);
        editor = http.token("EDITOR");
    }

    private JsonNode tree(String body) {
        try {
            return json.readValue(body, JsonNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private Http.Reply create(Map<String, Object> article) {
        return http.send(HttpRequest.POST("/articles", article).bearerAuth(editor));
    }

    private JsonNode published(String title, String body, List<String> tags) {
        Http.Reply created = create(Map.of("title", title, "body", body, "tags", tags, "status", "published"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return tree(created.body());
    }

    @Test
    void createdArticleHasASlugFromTheTitleAndRenderedBody() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        Http.Reply created = create(Map.of("title", "Élan & Café " + suffix, "body", "## Heading\n\nSome **bold** text."));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/articles/elan-cafe-" + suffix);
        JsonNode article = tree(created.body());
        assertThat(article.get("slug").getStringValue()).isEqualTo("elan-cafe-" + suffix);
        assertThat(article.get("bodyHtml").getStringValue()).contains("<h2>Heading</h2>").contains("<strong>bold</strong>");
        assertThat(article.get("status").getStringValue()).isEqualTo("draft");
        assertThat(article.get("commentStatus").getStringValue()).isEqualTo("open");
        assertThat(article.get("author").getStringValue()).isEqualTo("tester");
        assertThat(article.get("excerpt").getStringValue()).isEqualTo("Heading Some bold text.");
        assertThat(article.get("tags").isArray()).isTrue();
        assertThat(article.get("publishedAt").isNull()).isTrue();
        assertThat(article.get("version").getNumberValue().longValue()).isZero();
    }

    @Test
    void takenSlugIsAConflict() {
        String title = unique("Same");
        assertThat(create(Map.of("title", title, "body", "a")).status()).isEqualTo(201);

        assertThat(create(Map.of("title", title, "body", "b")).status()).isEqualTo(409);
        assertThat(create(Map.of("title", unique("Other"), "body", "c", "slug", Slugs.fromTitle(title))).status()).isEqualTo(409);
    }

    @Test
    void concurrentCreatesOfOneSlugStoreOneArticle() {
        String title = unique("Race");
        List<CompletableFuture<Integer>> attempts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            attempts.add(CompletableFuture.supplyAsync(() -> create(Map.of("title", title, "body", "x")).status()));
        }
        List<Integer> statuses = attempts.stream().map(CompletableFuture::join).toList();

        assertThat(statuses).containsOnly(201, 409);
        assertThat(statuses.stream().filter(status -> status == 201).count()).isEqualTo(1);
    }

    @Test
    void publishedArticleIsReadableByAnyoneById() {
        JsonNode article = published(unique("Public"), "text", List.of());
        String slug = article.get("slug").getStringValue();

        assertThat(http.get("/articles/" + slug).status()).isEqualTo(200);
        assertThat(http.get("/articles/by-id/" + article.get("id").getStringValue()).body()).contains(slug);
        assertThat(http.get("/articles/" + slug + "/comment-status").body()).contains("\"commentStatus\":\"open\"");
    }

    @Test
    void draftIsHiddenFromReadersAndShownToEditors() {
        String slug = tree(create(Map.of("title", unique("Draft"), "body", "secret")).body()).get("slug").getStringValue();

        assertThat(http.get("/articles/" + slug).status()).isEqualTo(404);
        assertThat(http.get("/articles/" + slug + "/comment-status").status()).isEqualTo(404);
        assertThat(http.get("/articles?size=100").body()).doesNotContain(slug);
        assertThat(http.get("/articles/" + slug, editor).status()).isEqualTo(200);
        assertThat(http.get("/articles?status=draft&size=100", editor).body()).contains(slug);
    }

    @Test
    void draftListNeedsTheEditorRole() {
        assertThat(http.get("/articles?status=draft").status()).isEqualTo(401);
        assertThat(http.get("/articles?status=draft", http.token("MODERATOR")).status()).isEqualTo(403);
        assertThat(http.get("/articles?status=other").status()).isEqualTo(400);
    }

    @Test
    void listIsNewestFirstAndPaged() {
        String tag = "paging-" + UUID.randomUUID().toString().substring(0, 6);
        List<String> slugs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            slugs.add(published(unique("Paged " + i), "x", List.of(tag)).get("slug").getStringValue());
        }

        JsonNode first = tree(http.get("/articles?tag=" + tag + "&size=2").body());
        JsonNode second = tree(http.get("/articles?tag=" + tag + "&size=2&page=2").body());
        JsonNode past = tree(http.get("/articles?tag=" + tag + "&size=2&page=3").body());

        assertThat(first.get("total").getNumberValue().intValue()).isEqualTo(3);
        assertThat(first.get("totalPages").getNumberValue().intValue()).isEqualTo(2);
        assertThat(first.get("items").get(0).get("slug").getStringValue()).isEqualTo(slugs.get(2));
        assertThat(second.get("items").size()).isEqualTo(1);
        assertThat(second.get("items").get(0).get("slug").getStringValue()).isEqualTo(slugs.get(0));
        assertThat(past.get("items").size()).isZero();
        assertThat(first.get("items").get(0).get("body")).isNull();
    }

    @ParameterizedTest
    @CsvSource({"page=0,page", "page=-3,page", "page=abc,page", "size=0,size", "size=101,size", "size=2.5,size"})
    void badPagingIsABadRequestNamingTheParameter(String query, String field) {
        Http.Reply reply = http.get("/articles?" + query);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.body()).contains("\"field\":\"" + field + "\"");
    }

    @Test
    void wordsFilterMatchesTitleExcerptAndBodyIgnoringCase() {
        String word = "zebra" + UUID.randomUUID().toString().substring(0, 6);
        String inBody = published(unique("Plain"), "A story about a " + word + " crossing.", List.of()).get("slug").getStringValue();
        String inTitle = published("The " + word.toUpperCase() + " " + UUID.randomUUID().toString().substring(0, 4), "x", List.of())
                .get("slug").getStringValue();

        String found = http.get("/articles?q=" + word.toUpperCase()).body();

        assertThat(found).contains(inBody).contains(inTitle);
        assertThat(http.get("/articles?q=" + word + "%20crossing").body()).contains(inBody).doesNotContain(inTitle);
    }

    @Test
    void tagFilterReturnsOnlyTaggedArticles() {
        String tag = "tag-" + UUID.randomUUID().toString().substring(0, 6);
        String tagged = published(unique("Tagged"), "x", List.of(tag, "other")).get("slug").getStringValue();
        String untagged = published(unique("Untagged"), "x", List.of("other")).get("slug").getStringValue();

        String found = http.get("/articles?tag=" + tag).body();

        assertThat(found).contains(tagged).doesNotContain(untagged);
    }

    @Test
    void updateChecksTheVersion() {
        JsonNode article = published(unique("Versioned"), "v1", List.of());
        String path = "/articles/" + article.get("slug").getStringValue();
        Map<String, Object> edit = new HashMap<>(Map.of("title", "Edited", "body", "v2", "version", 0));

        Http.Reply updated = http.send(HttpRequest.PUT(path, edit).bearerAuth(editor));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(tree(updated.body()).get("version").getNumberValue().longValue()).isEqualTo(1);
        assertThat(tree(updated.body()).get("slug").getStringValue()).isEqualTo(article.get("slug").getStringValue());
        assertThat(tree(updated.body()).get("publishedAt").getStringValue()).isEqualTo(article.get("publishedAt").getStringValue());

        assertThat(http.send(HttpRequest.PUT(path, edit).bearerAuth(editor)).status()).isEqualTo(409);
        edit.remove("version");
        assertThat(http.send(HttpRequest.PUT(path, edit).bearerAuth(editor)).status()).isEqualTo(400);
        assertThat(http.send(HttpRequest.PUT(path, edit).bearerAuth(editor).header("If-Match", "\"0\"")).status()).isEqualTo(412);
        assertThat(http.send(HttpRequest.PUT(path, edit).bearerAuth(editor).header("If-Match", "\"1\"")).status()).isEqualTo(200);
        assertThat(http.send(HttpRequest.PUT("/articles/no-such-slug", Map.of("title", "t", "body", "b", "version", 0))
                .bearerAuth(editor)).status()).isEqualTo(404);
    }

    @Test
    void publishingADraftSetsPublishedAt() {
        JsonNode draft = tree(create(Map.of("title", unique("Later"), "body", "x")).body());
        String path = "/articles/" + draft.get("slug").getStringValue();

        Http.Reply published = http.send(HttpRequest.PUT(path, Map.of("title", "Later", "body", "x", "status", "published",
                "version", 0)).bearerAuth(editor));

        assertThat(tree(published.body()).get("publishedAt").isString()).isTrue();
        assertThat(http.get(path).status()).isEqualTo(200);
    }

    @Test
    void deletionRemovesTheArticleAndRecordsItInTheOutbox() {
        JsonNode article = published(unique("Doomed"), "x", List.of());
        String slug = article.get("slug").getStringValue();
        String id = article.get("id").getStringValue();

        assertThat(http.send(HttpRequest.DELETE("/articles/" + slug).bearerAuth(editor)).status()).isEqualTo(204);

        assertThat(http.get("/articles/" + slug).status()).isEqualTo(404);
        assertThat(http.send(HttpRequest.DELETE("/articles/" + slug).bearerAuth(editor)).status()).isEqualTo(404);
        assertThat(http.get("/articles/deletions", editor).body()).contains(id);
        assertThat(http.send(HttpRequest.DELETE("/articles/deletions/" + id).bearerAuth(editor)).status()).isEqualTo(204);
        assertThat(http.get("/articles/deletions", editor).body()).doesNotContain(id);
    }

    @Test
    void everyWriteNeedsAnEditorToken() {
        String moderator = http.token("MODERATOR");
        Map<String, Object> article = Map.of("title", unique("Nope"), "body", "x");

        assertThat(http.send(HttpRequest.POST("/articles", article)).status()).isEqualTo(401);
        assertThat(http.send(HttpRequest.POST("/articles", article).bearerAuth("not.a.token")).status()).isEqualTo(401);
        assertThat(http.send(HttpRequest.POST("/articles", article).bearerAuth(moderator)).status()).isEqualTo(403);
        assertThat(http.send(HttpRequest.PUT("/articles/x", article).bearerAuth(moderator)).status()).isEqualTo(403);
        assertThat(http.send(HttpRequest.DELETE("/articles/x")).status()).isEqualTo(401);
        assertThat(http.send(HttpRequest.DELETE("/articles/x").bearerAuth(moderator)).status()).isEqualTo(403);
        assertThat(http.get("/articles/deletions").status()).isEqualTo(401);
        assertThat(http.get("/articles/deletions", moderator).status()).isEqualTo(403);
    }

    @Test
    void everyValidationRuleNamesItsField() {
        Map<String, Object> bad = new HashMap<>();
        bad.put("title", "x".repeat(301));
        bad.put("body", "x".repeat(200_001));
        bad.put("slug", "Not-A-Slug");
        bad.put("excerpt", "x".repeat(1001));
        bad.put("author", "x".repeat(101));
        bad.put("tags", java.util.Collections.nCopies(21, "t"));
        bad.put("status", "live");
        bad.put("commentStatus", "maybe");

        Http.Reply reply = create(bad);

        assertThat(reply.status()).isEqualTo(400);
        for (String field : List.of("title", "body", "slug", "excerpt", "author", "tags", "status", "commentStatus")) {
            assertThat(reply.body()).contains("\"field\":\"" + field + "\"");
        }
    }

    @Test
    void blankTitleLongTagAndMissingBodyAreRejected() {
        Http.Reply reply = create(Map.of("title", "  ", "tags", List.of("ok", "x".repeat(51))));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("\"field\":\"title\"").contains("\"field\":\"body\"").contains("\"field\":\"tags[1]\"");
    }

    @Test
    void slugLongerThan120IsRejectedAndLongTitlesAreCut() {
        assertThat(create(Map.of("title", unique("t"), "body", "x", "slug", "a".repeat(121))).status()).isEqualTo(400);
        String slug = tree(create(Map.of("title", UUID.randomUUID() + " " + "word ".repeat(50), "body", "x")).body())
                .get("slug").getStringValue();
        assertThat(slug.length()).isLessThanOrEqualTo(120);
        assertThat(slug).matches(Slugs.PATTERN);
    }

    @Test
    void jsonObjectWhereAStringBelongsIsABadRequest() {
        Http.Reply reply = http.send(HttpRequest.POST("/articles", "{\"title\": {\"$ne\": \"\"}, \"body\": \"x\"}").bearerAuth(editor));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("\"field\":\"title\"").doesNotContain("io.micronaut");
    }

    @Test
    void malformedIdsAndOddSlugsAreNotFound() {
        assertThat(http.get("/articles/by-id/not-an-id").status()).isEqualTo(404);
        assertThat(http.get("/articles/by-id/0123456789abcdef01234567").status()).isEqualTo(404);
        assertThat(http.get("/articles/" + "a".repeat(400)).status()).isEqualTo(404);
        assertThat(http.get("/articles/%24ne").status()).isEqualTo(404);
    }

    @Test
    void titleThatMakesNoSlugNeedsOne() {
        Http.Reply reply = create(Map.of("title", "!!!", "body", "x"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("\"field\":\"slug\"");
    }

    @Test
    void hostileMarkdownIsSanitized() {
        String hostile = "<script>alert(1)</script>\n\n<img src=x onerror=alert(2)>\n\n[click](javascript:alert(3))\n\n"
                + "<iframe src=\"https://evil.example\"></iframe>\n\n<svg onload=alert(4)></svg>\n\n<a href=\"https://ok.example\" onclick=\"x()\">ok</a>";
        String html = tree(create(Map.of("title", unique("Hostile"), "body", hostile)).body()).get("bodyHtml").getStringValue();

        assertThat(html.toLowerCase()).doesNotContain("<script").doesNotContain("onerror").doesNotContain("javascript:")
                .doesNotContain("<iframe").doesNotContain("<svg").doesNotContain("onclick");
        assertThat(html).contains("https://ok.example");
    }
}
