package org.newsroom.articles.preview;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsroom.support.testing.Http;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The editor's preview: the HTML a save would store, for editors only, and nothing stored. */
@MicronautTest(transactional = false)
class ArticlePreviewTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JwtTokenGenerator tokens;

    private Http http;

    @BeforeEach
    void connect() {
        http = new Http(client, tokens);
    }

    private Http.Reply preview(Object body, String... roles) {
        MutableHttpRequest<?> request = HttpRequest.POST("/articles/preview", body);
        return http.send(roles.length == 0 ? request : request.bearerAuth(http.token(roles)));
    }

    @Test
    void markdownIsRenderedAsTheArticleWillBe() {
        Http.Reply reply = preview(Map.of("body", "## Budget\n\n- one\n- two\n\nSee [the plan](https://example.org/plan)."), "EDITOR");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.body()).contains("<h2>Budget</h2>").contains("<li>one</li>")
                .contains("<a href=\\\"https://example.org/plan\\\" rel=\\\"nofollow noopener\\\">the plan</a>")
                .contains("\"excerpt\":\"Budget one two See the plan.\"");
    }

    @Test
    void scriptsHandlersAndJavascriptLinksAreStripped() {
        Http.Reply reply = preview(Map.of("body",
                "<script>alert(1)</script>\n\n<img src=\"https://x.example/a.png\" onerror=\"alert(2)\">\n\n[click](javascript:alert(3))"), "EDITOR");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).doesNotContain("<script").doesNotContain("onerror").doesNotContain("javascript:")
                .contains("<img src=\\\"https://x.example/a.png\\\" />");
    }

    @Test
    void aGivenExcerptIsKeptAndAnEmptyBodyIsAnEmptyPreview() {
        Http.Reply reply = preview(Map.of("body", "", "excerpt", "  Typed by hand  "), "EDITOR");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo("{\"bodyHtml\":\"\",\"excerpt\":\"Typed by hand\"}");
    }

    @Test
    void onlyEditorsMayPreview() {
        Map<String, String> body = Map.of("body", "text");

        assertThat(preview(body).status()).isEqualTo(401);
        assertThat(http.send(HttpRequest.POST("/articles/preview", body).bearerAuth("not.a.token")).status()).isEqualTo(401);
        assertThat(preview(body, "MODERATOR").status()).isEqualTo(403);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"body\":null}", "{\"body\":{\"$ne\":\"\"}}", "{\"body\":[\"a\"]}", "{\"body\":\"x\",\"excerpt\":[\"a\"]}",
        "not json", "{\"body\":\"a\\u0001b\"}", "{\"body\":\"x\",\"excerpt\":\"e\\ufffe\"}"})
    void badInputIsRefusedNamingTheField(String body) {
        Http.Reply reply = http.send(HttpRequest.POST("/articles/preview", body).contentType("application/json")
                .bearerAuth(http.token("EDITOR")));

        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        if (!body.equals("not json")) {
            assertThat(reply.body()).containsPattern("\"field\":\"(body|excerpt)\"");
        }
    }

    @Test
    void aNoncharacterIsRefusedAsANoncharacter() {
        Http.Reply reply = preview(Map.of("body", "x\uFDD0", "excerpt", "e\uFFFE"), "EDITOR");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("\"field\":\"body\"", "\"field\":\"excerpt\"",
                "must not contain control characters, noncharacters or lone surrogates");
    }

    @Test
    void aBodyOverTheArticleLimitIsRefused() {
        Map<String, Object> tooLong = new HashMap<>(Map.of("body", "b".repeat(200_001)));

        Http.Reply reply = preview(tooLong, "EDITOR");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("\"field\":\"body\"");
        assertThat(preview(Map.of("body", "b".repeat(200_000)), "EDITOR").status()).isEqualTo(200);
    }

    @Test
    void previewingStoresNothing() {
        String drafts = http.get("/articles?status=draft&size=100", http.token("EDITOR")).body();

        preview(Map.of("body", "# A preview only"), "EDITOR");

        assertThat(http.get("/articles?status=draft&size=100", http.token("EDITOR")).body()).isEqualTo(drafts);
        assertThat(http.get("/articles?q=preview").body()).doesNotContain("A preview only");
    }
}
