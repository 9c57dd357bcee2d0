package org.newsroom.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** An editor's walk: creating, publishing, editing with versions, deleting. */
class EditorContractTest {

    private static Api anonymous;
    private static Api editor;
    private static Api moderatorOnly;

    @BeforeAll
    static void signIn() {
        anonymous = Stack.shared().api();
        editor = anonymous.as(anonymous.login("editor", Stack.EDITOR_PASSWORD));
        moderatorOnly = anonymous.as(anonymous.login("moderator", Stack.MODERATOR_PASSWORD));
    }

    @Test
    void loginAnswersTheContractShape() {
        Api.Reply login = anonymous.post("/api/login", Map.of("username", "admin", "password", Stack.ADMIN_PASSWORD));

        assertThat(login.status()).isEqualTo(200);
        JsonNode body = login.json();
        assertThat(body.path("access_token").asText()).isNotBlank();
        assertThat(body.path("token_type").asText()).isEqualTo("Bearer");
        assertThat(body.path("expires_in").asInt()).isEqualTo(3600);
        assertThat(body.path("username").asText()).isEqualTo("admin");
        assertThat(body.path("roles").toString()).contains("EDITOR").contains("MODERATOR");
    }

    @Test
    void wrongCredentialsAreRefusedWithoutA500() {
        assertThat(anonymous.post("/api/login", Map.of("username", "admin", "password", "wrong")).status()).isEqualTo(401);
        assertThat(anonymous.post("/api/login", Map.of("username", Map.of("$ne", ""), "password", "x")).status()).isIn(400, 401);
        assertThat(anonymous.post("/api/login", "{not json").status()).isIn(400, 401);
    }

    @Test
    void articleIsCreatedWithASlugMadeFromTheTitle() {
        String suffix = Fixtures.unique("x").substring(2);
        Api.Reply created = editor.post("/api/articles", Map.of("title", "Élan & Café " + suffix, "body", "Hello **world**"));

        assertThat(created.status()).isEqualTo(201);
        String slug = created.json().path("slug").asText();
        assertThat(slug).isEqualTo("elan-cafe-" + suffix);
        assertThat(created.header("Location")).isEqualTo("/api/articles/" + slug);
        assertThat(created.json().path("status").asText()).isEqualTo("draft");
        assertThat(created.json().path("commentStatus").asText()).isEqualTo("open");
        assertThat(created.json().path("bodyHtml").asText()).contains("<strong>world</strong>");
    }

    @Test
    void takenSlugIs409() {
        String title = Fixtures.unique("Same title");
        assertThat(editor.post("/api/articles", Map.of("title", title, "body", "a")).status()).isEqualTo(201);

        assertThat(editor.post("/api/articles", Map.of("title", title, "body", "b")).status()).isEqualTo(409);
    }

    @Test
    void draftIsHiddenFromReadersButVisibleToEditors() {
        String slug = editor.post("/api/articles", Map.of("title", Fixtures.unique("Draft"), "body", "secret")).json()
                .path("slug").asText();

        assertThat(anonymous.get("/api/articles/" + slug).status()).isEqualTo(404);
        assertThat(editor.get("/api/articles/" + slug).status()).isEqualTo(200);
        assertThat(editor.get("/api/articles?status=draft&size=100").body()).contains(slug);
        assertThat(anonymous.get("/api/articles?size=100").body()).doesNotContain(slug);
        assertThat(moderatorOnly.get("/api/articles?status=draft").status()).isEqualTo(403);
        assertThat(anonymous.from(Fixtures.clientIp()).post("/api/articles/" + slug + "/comments",
                Fixtures.comment(Fixtures.email(), "on a draft")).status()).isEqualTo(404);
    }

    @Test
    void updateChecksTheVersion() {
        JsonNode article = editor.post("/api/articles", Map.of("title", Fixtures.unique("Versioned"), "body", "v1",
                "status", "published")).json();
        String path = "/api/articles/" + article.path("slug").asText();
        ObjectNode edit = article.deepCopy();
        edit.put("body", "v2");

        Api.Reply updated = editor.put(path, edit);
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().path("version").asLong()).isGreaterThan(article.path("version").asLong());
        assertThat(anonymous.get(path).json().path("article").path("body").asText()).isEqualTo("v2");

        Api.Reply stale = editor.put(path, edit);
        assertThat(stale.status()).isEqualTo(409);

        ObjectNode withoutVersion = edit.deepCopy();
        withoutVersion.remove("version");
        assertThat(editor.put(path, withoutVersion).status()).isEqualTo(400);
        assertThat(editor.with("If-Match", "\"" + article.path("version").asLong() + "\"").put(path, withoutVersion).status())
                .isEqualTo(412);
        long current = updated.json().path("version").asLong();
        assertThat(editor.with("If-Match", "\"" + current + "\"").put(path, withoutVersion).status()).isEqualTo(200);
    }

    @Test
    void editShowsToReadersWithinOneSecond() {
        JsonNode article = editor.post("/api/articles", Map.of("title", Fixtures.unique("Fresh"), "body", "old text",
                "status", "published")).json();
        String path = "/api/articles/" + article.path("slug").asText();
        assertThat(anonymous.get(path).body()).contains("old text");
        ObjectNode edit = article.deepCopy();
        edit.put("body", "new text");
        assertThat(editor.put(path, edit).status()).isEqualTo(200);

        ServiceProcess.sleep(1000);

        assertThat(anonymous.get(path).body()).contains("new text");
    }

    @Test
    void validationNamesTheFields() {
        Api.Reply bad = editor.post("/api/articles", Map.of("title", "", "body", "x", "tags", List.of("ok", "x".repeat(51)),
                "slug", "Not A Slug", "status", "live"));

        assertThat(bad.status()).isEqualTo(400);
        String errors = bad.json().path("errors").toString();
        assertThat(errors).contains("title").contains("slug").contains("status").contains("tags");
        assertThat(editor.post("/api/articles", Map.of("title", Map.of("$ne", ""), "body", "x")).status()).isEqualTo(400);
    }

    @Test
    void writesNeedTheEditorRole() {
        Map<String, Object> article = Map.of("title", Fixtures.unique("Nope"), "body", "x");

        assertThat(anonymous.post("/api/articles", article).status()).isEqualTo(401);
        assertThat(moderatorOnly.post("/api/articles", article).status()).isEqualTo(403);
        assertThat(anonymous.delete("/api/articles/" + Stack.SAMPLE_SLUG).status()).isEqualTo(401);
        assertThat(moderatorOnly.delete("/api/articles/" + Stack.SAMPLE_SLUG).status()).isEqualTo(403);
        assertThat(anonymous.put("/api/articles/" + Stack.SAMPLE_SLUG, article).status()).isEqualTo(401);
    }

    @Test
    void anUnpublishedArticlesCommentsAreNotFoundUntilItIsPublishedAgain() {
        Api admin = anonymous.as(anonymous.login("admin", Stack.ADMIN_PASSWORD));
        String slug = Fixtures.publishedArticle(admin, "open");
        String path = "/api/articles/" + slug;
        String commentId = admin.from(Fixtures.clientIp()).post(path + "/comments",
                Fixtures.comment("desk@example.org", "on a story pulled back")).json().path("id").asText();
        assertThat(anonymous.get("/api/comments/" + commentId).status()).isEqualTo(200);
        ObjectNode draft = (ObjectNode) editor.get(path).json().path("article").deepCopy();
        draft.put("status", "draft");

        JsonNode unpublished = editor.put(path, draft).json();
        ServiceProcess.sleep(1000);

        assertThat(anonymous.get(path).status()).isEqualTo(404);
        Api.Reply hidden = anonymous.get("/api/comments/" + commentId);
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.header("Content-Type")).startsWith("application/problem+json");
        ObjectNode republished = unpublished.deepCopy();
        republished.put("status", "published");
        assertThat(editor.put(path, republished).status()).isEqualTo(200);
        ServiceProcess.sleep(1000);
        assertThat(anonymous.get("/api/comments/" + commentId).status()).isEqualTo(200);
    }

    @Test
    void deletingAnArticleTakesItsCommentsWithIt() {
        Api admin = anonymous.as(anonymous.login("admin", Stack.ADMIN_PASSWORD));
        String slug = Fixtures.publishedArticle(admin, "open");
        String commentId = admin.from(Fixtures.clientIp()).post("/api/articles/" + slug + "/comments",
                Fixtures.comment("desk@example.org", "soon gone")).json().path("id").asText();
        assertThat(anonymous.get("/api/comments/" + commentId).status()).isEqualTo(200);

        assertThat(editor.delete("/api/articles/" + slug).status()).isEqualTo(204);

        ServiceProcess.sleep(1000); // the freshness promise: a deleted article is gone for readers within a second
        assertThat(anonymous.get("/api/articles/" + slug).status()).isEqualTo(404);
        assertThat(Poll.until(Duration.ofSeconds(30), () -> anonymous.get("/api/comments/" + commentId).status() == 404))
                .as("the article's comments are removed").isTrue();
        assertThat(editor.delete("/api/articles/" + slug).status()).isEqualTo(404);
    }
}
