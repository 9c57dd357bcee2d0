package org.newsroom.articles;

import org.newsroom.support.testing.CapturedLogs;
import org.newsroom.support.testing.Http;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.newsroom.articles.EditorDesk.unique;

/** Who may do what: writes, drafts and the outbox need an EDITOR token; published articles are public. */
@MicronautTest(transactional = false)
class ArticleAccessTest {

    @Inject
    EditorDesk desk;

    /** Every protected call, aimed at a real published article so that a missing check would succeed. */
    static Stream<Arguments> protectedCalls() {
        Map<String, Object> edit = Map.of("title", "Taken over", "body", "x", "version", 0);
        return Stream.of(
                arguments("create", (Function<JsonNode, MutableHttpRequest<?>>) article ->
                        HttpRequest.POST("/articles", Map.of("title", unique("Intruder"), "body", "x"))),
                arguments("update", (Function<JsonNode, MutableHttpRequest<?>>) article ->
                        HttpRequest.PUT("/articles/" + article.get("slug").getStringValue(), edit)),
                arguments("delete", (Function<JsonNode, MutableHttpRequest<?>>) article ->
                        HttpRequest.DELETE("/articles/" + article.get("slug").getStringValue())),
                arguments("list drafts", (Function<JsonNode, MutableHttpRequest<?>>) article ->
                        HttpRequest.GET("/articles?status=draft")),
                arguments("list the outbox", (Function<JsonNode, MutableHttpRequest<?>>) article ->
                        HttpRequest.GET("/articles/deletions")),
                arguments("acknowledge a deletion", (Function<JsonNode, MutableHttpRequest<?>>) article ->
                        HttpRequest.DELETE("/articles/deletions/" + article.get("id").getStringValue())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("protectedCalls")
    void protectedCallIsRefusedWithoutAValidEditorToken(String call, Function<JsonNode, MutableHttpRequest<?>> request) {
        JsonNode article = desk.published(unique("Protected"), "x", List.of());
        Instant later = Instant.now().plusSeconds(3600);

        assertThat(desk.http.send(request.apply(article)).status()).as("no token").isEqualTo(401);
        assertThat(desk.http.send(request.apply(article).bearerAuth("not.a.token")).status()).as("garbage").isEqualTo(401);
        assertThat(desk.http.send(request.apply(article).bearerAuth(Tokens.sign("another-secret-of-at-least-32-characters!", later, "EDITOR")))
                .status()).as("signed with another secret").isEqualTo(401);
        assertThat(desk.http.send(request.apply(article).bearerAuth(Tokens.sign(Tokens.SECRET, Instant.now().minusSeconds(60), "EDITOR")))
                .status()).as("expired").isEqualTo(401);
        assertThat(desk.http.send(request.apply(article).bearerAuth(Tokens.unusual(false, Instant.now().minusSeconds(60))))
                .status()).as("without an expiry").isEqualTo(401);
        assertThat(desk.http.send(request.apply(article).bearerAuth(Tokens.unusual(true, Instant.now().plusSeconds(3600))))
                .status()).as("not valid before an hour from now").isEqualTo(401);
        assertThat(desk.http.send(request.apply(article).bearerAuth(Tokens.hs512Editor()))
                .status()).as("HS512, which the platform never signs with").isEqualTo(401);
        assertThat(desk.http.send(request.apply(article).bearerAuth(Tokens.issuedBy(null, Tokens.SECRET, later, "EDITOR")))
                .status()).as("without an issuer").isEqualTo(401);
        assertThat(desk.http.send(request.apply(article).bearerAuth(Tokens.issuedBy("elsewhere", Tokens.SECRET, later, "EDITOR")))
                .status()).as("from another issuer").isEqualTo(401);
        assertThat(desk.http.send(request.apply(article).bearerAuth(Tokens.sign(Tokens.SECRET, later, "MODERATOR")))
                .status()).as("without the EDITOR role").isEqualTo(403);
        assertThat(desk.http.send(request.apply(article).bearerAuth(Tokens.sign(Tokens.SECRET, later))).status())
                .as("without any role").isEqualTo(403);
        assertThat(desk.http.get("/articles/" + article.get("slug").getStringValue()).body()).doesNotContain("Taken over");
        assertThat(desk.http.send(request.apply(article).bearerAuth(Tokens.sign(Tokens.SECRET, later, "EDITOR"))).status())
                .as("with the EDITOR role").isBetween(200, 204);
    }

    @Test
    void anIssuerThatIsNotAStringIsAQuietUnauthorized() throws InterruptedException {
        try (CapturedLogs logged = CapturedLogs.start()) {
            Http.Reply reply = desk.http.send(HttpRequest.POST("/articles", Map.of("title", unique("Array issuer"), "body", "x"))
                    .bearerAuth(Tokens.issuerInAnArray()));

            assertThat(reply.status()).isEqualTo(401);
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
            assertThat(logged.linesAfterAccessLogOf(1)).noneMatch(line -> line.contains("\"level\":\"ERROR\""))
                    .noneMatch(line -> line.contains("stack_trace"));
        }
    }

    @Test
    void refusalsAreProblemJson() {
        Http.Reply unauthorized = desk.http.send(HttpRequest.POST("/articles", Map.of("title", "t", "body", "b")));
        Http.Reply forbidden = desk.http.send(HttpRequest.POST("/articles", Map.of("title", "t", "body", "b"))
                .bearerAuth(desk.http.token("MODERATOR")));

        assertThat(unauthorized.header("Content-Type")).startsWith("application/problem+json");
        assertThat(forbidden.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void aBrowsersRequestIsRefusedWithProblemJsonToo() {
        String browser = "text/html,application/xhtml+xml,*/*;q=0.8";
        Http.Reply unauthorized = desk.http.send(HttpRequest.POST("/articles", Map.of("title", "t", "body", "b")).accept(browser));
        Http.Reply forbidden = desk.http.send(HttpRequest.POST("/articles", Map.of("title", "t", "body", "b")).accept(browser)
                .bearerAuth(desk.http.token("MODERATOR")));
        Http.Reply invalid = desk.http.send(HttpRequest.GET("/articles?page=0").accept(browser));

        assertThat(List.of(unauthorized.status(), forbidden.status(), invalid.status())).containsExactly(401, 403, 400);
        for (Http.Reply reply : List.of(unauthorized, forbidden, invalid)) {
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(invalid.body()).contains("page");
    }

    @Test
    void publishedArticlesNeedNoToken() {
        JsonNode article = desk.published(unique("Open to all"), "x", List.of("public"));
        String slug = article.get("slug").getStringValue();

        assertThat(desk.http.get("/articles").status()).isEqualTo(200);
        assertThat(desk.http.get("/articles?status=published&tag=public").body()).contains(slug);
        assertThat(desk.http.get("/articles/" + slug).status()).isEqualTo(200);
        assertThat(desk.http.get("/articles/by-id/" + article.get("id").getStringValue()).status()).isEqualTo(200);
        assertThat(desk.http.get("/articles/" + slug + "/comment-status").status()).isEqualTo(200);
        assertThat(desk.http.get("/articles/" + slug, "not.a.token").status()).as("a bad token on a public read").isEqualTo(200);
    }

    @Test
    void draftIsHiddenFromReadersAndShownToEditors() {
        JsonNode draft = desk.draft(unique("Draft"));
        String slug = draft.get("slug").getStringValue();
        String id = draft.get("id").getStringValue();
        String moderator = desk.http.token("MODERATOR");

        assertThat(desk.http.get("/articles/" + slug).status()).isEqualTo(404);
        assertThat(desk.http.get("/articles/" + slug, moderator).status()).isEqualTo(404);
        assertThat(desk.http.get("/articles/by-id/" + id).status()).isEqualTo(404);
        assertThat(desk.http.get("/articles/" + slug + "/comment-status").status()).isEqualTo(404);
        assertThat(desk.get("/articles/" + slug + "/comment-status").status()).as("not even for editors").isEqualTo(404);
        assertThat(desk.http.get("/articles?size=100").body()).doesNotContain(slug);
        assertThat(desk.http.get("/articles?size=100&q=ready").body()).doesNotContain(slug);

        assertThat(desk.get("/articles/" + slug).status()).isEqualTo(200);
        assertThat(desk.get("/articles/by-id/" + id).status()).isEqualTo(200);
    }

    @Test
    void draftListShowsDraftsNewestEditFirstToEditors() {
        String older = desk.draft(unique("Older draft")).get("slug").getStringValue();
        String newer = desk.draft(unique("Newer draft")).get("slug").getStringValue();
        String published = desk.published(unique("Not a draft"), "x", List.of()).get("slug").getStringValue();

        Http.Reply reply = desk.get("/articles?status=draft&size=100");

        assertThat(reply.status()).isEqualTo(200);
        List<String> slugs = EditorDesk.items(desk.tree(reply.body()).get("items")).stream()
                .map(item -> item.get("slug").getStringValue()).toList();
        assertThat(slugs).containsSubsequence(newer, older).doesNotContain(published);
        assertThat(EditorDesk.items(desk.tree(reply.body()).get("items"))).allSatisfy(item ->
                assertThat(item.get("status").getStringValue()).isEqualTo("draft"));
    }
}
