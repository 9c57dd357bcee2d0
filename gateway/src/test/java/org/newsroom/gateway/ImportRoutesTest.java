package org.newsroom.gateway;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;

import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * ./import's two routes: articles for editors, comments for moderators, forwarded with the caller's token; they take
 * bodies up to the import limit, every other path 64 KiB.
 */
class ImportRoutesTest extends FakeBackendsTest {

    /** An import limit of 256 KiB here, so that going over it takes no 8 MiB body. */
    private static final int IMPORT_LIMIT = 262_144;

    @BeforeAll
    static void start() {
        backends = new FakeBackends(Map.of("gateway.circuit.minimum-calls", 10_000, "micronaut.server.max-request-size", IMPORT_LIMIT));
    }

    /** An article's JSON of {@code bytes} bytes, as ./import sends it. */
    private static String articleOfBytes(int bytes) {
        String start = "{\"source\":\"https://blog.example.org/?p=7\",\"title\":\"Long read\",\"body\":\"<p>";
        String end = "</p>\",\"status\":\"published\",\"commentStatus\":\"open\"}";
        return start + "w".repeat(bytes - start.length() - end.length()) + end;
    }

    @Test
    void importRoutesCheckTheRoleBeforeCallingAnyService() {
        Map<String, String> editor = backends.bearer("EDITOR");
        Map<String, String> moderator = backends.bearer("MODERATOR");

        assertThat(backends.send("PUT", "/api/import/articles", "{}", Map.of()).status()).isEqualTo(401);
        assertThat(backends.send("PUT", "/api/import/articles", "{}", moderator).status()).isEqualTo(403);
        assertThat(backends.send("PUT", "/api/import/comments", "{}", Map.of()).status()).isEqualTo(401);
        assertThat(backends.send("PUT", "/api/import/comments", "{}", editor).status()).isEqualTo(403);
        backends.articles.verify(exactly(0), anyRequestedFor(anyUrl()));
        backends.comments.verify(exactly(0), anyRequestedFor(anyUrl()));
    }

    @Test
    void aPostOf200KibIsForwardedWholeOnTheImportPath() {
        String article = articleOfBytes(200 * 1024);
        backends.articles.stubFor(put(urlEqualTo("/import/articles")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"outcome\":\"created\"}")));

        FakeBackends.Reply imported = backends.send("PUT", "/api/import/articles", article, backends.bearer("EDITOR"));

        assertThat(imported.status()).isEqualTo(200);
        backends.articles.verify(putRequestedFor(urlEqualTo("/import/articles")).withRequestBody(equalTo(article)));
    }

    @Test
    void anImportOverTheImportLimitIsRefusedWith413BeforeAnyService() {
        FakeBackends.Reply refused = backends.send("PUT", "/api/import/articles", articleOfBytes(IMPORT_LIMIT + 1), backends.bearer("EDITOR"));

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        backends.articles.verify(exactly(0), anyRequestedFor(anyUrl()));
    }

    @Test
    void aPublicWriteOf200KibIsStill413DeclaredOrChunked() {
        String comment = "{\"authorName\":\"Dana\",\"authorEmail\":\"dana@example.org\",\"content\":\"" + "x".repeat(200 * 1024) + "\"}";

        FakeBackends.Reply declared = backends.send("POST", "/api/articles/" + FakeBackends.SLUG + "/comments", comment, Map.of());
        FakeBackends.Reply chunked = backends.sendChunked("POST", "/api/articles/" + FakeBackends.SLUG + "/comments", comment, Map.of());
        FakeBackends.Reply article = backends.send("POST", "/api/articles", articleOfBytes(200 * 1024), backends.bearer("EDITOR"));

        assertThat(List.of(declared, chunked, article)).allSatisfy(reply -> {
            assertThat(reply.status()).isEqualTo(413);
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
            assertThat(reply.body()).contains("65536 bytes");
        });
        backends.articles.verify(exactly(0), anyRequestedFor(anyUrl()).withRequestBody(WireMock.containing("Long read")));
        backends.comments.verify(exactly(0), anyRequestedFor(anyUrl()));
    }

    @Test
    void aSmallChunkedWriteGoesThrough() {
        backends.articles.stubFor(post(urlEqualTo("/articles")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"slug\":\"small\"}")));
        String article = "{\"title\":\"Small\",\"body\":\"" + "s".repeat(60_000) + "\"}";

        FakeBackends.Reply created = backends.sendChunked("POST", "/api/articles", article, backends.bearer("EDITOR"));

        assertThat(created.status()).isEqualTo(201);
        backends.articles.verify(postRequestedFor(urlEqualTo("/articles")).withRequestBody(equalTo(article)));
    }

    @Test
    void importsAreForwardedAsSentWithTheCallersTokenAndAnsweredAsTheServiceAnswers() {
        String token = backends.token("EDITOR", "MODERATOR");
        String article = "{\"source\":\"https://blog.example.org/?p=1\",\"title\":\"Héllo\"}";
        String comments = "{\"articleId\":\"" + FakeBackends.ID + "\",\"comments\":[]}";
        backends.articles.stubFor(put(urlEqualTo("/import/articles")).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"status\":409,\"detail\":\"taken\"}")));
        backends.comments.stubFor(put(urlEqualTo("/import/comments")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"comments\":[]}")));

        FakeBackends.Reply conflict = backends.send("PUT", "/api/import/articles", article, Map.of("Authorization", "Bearer " + token));
        FakeBackends.Reply imported = backends.send("PUT", "/api/import/comments", comments, Map.of("Authorization", "Bearer " + token));

        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.body()).contains("taken");
        assertThat(imported.status()).isEqualTo(200);
        assertThat(imported.body()).isEqualTo("{\"comments\":[]}");
        backends.articles.verify(putRequestedFor(urlEqualTo("/import/articles")).withRequestBody(equalTo(article))
                .withHeader("Authorization", equalTo("Bearer " + token)));
        backends.comments.verify(putRequestedFor(urlEqualTo("/import/comments")).withRequestBody(equalTo(comments))
                .withHeader("Authorization", equalTo("Bearer " + token)));
    }
}
