package org.newsroom.gateway;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.newsroom.gateway.FakeBackends.ID;
import static org.newsroom.gateway.FakeBackends.SLUG;

/**
 * A request from another origin (another site's script, a mail provider's one-click unsubscribe, a sandboxed
 * page's {@code Origin: null}) is answered like one without: nothing is refused for its Origin, not even by a
 * gateway reached as localhost as here, and CORS lets any origin read, without the browser's cookies.
 */
class OriginsTest extends FakeBackendsTest {

    private static final List<String> ORIGINS = List.of("https://elsewhere.example", "null");
    private static final String TOKEN = NotificationPagesTest.TOKEN;

    @BeforeAll
    static void start() {
        backends = new FakeBackends(FakeBackends.NO_CIRCUIT);
    }

    @BeforeEach
    void stubTheServices() {
        backends.listedArticle();
        backends.commentsAnswer(okJson(FakeBackends.commentPage("Hello")));
    }

    private static Map<String, String> from(String origin, String... more) {
        Map<String, String> headers = new HashMap<>(Map.of("Origin", origin));
        for (int i = 0; i < more.length; i += 2) {
            headers.put(more[i], more[i + 1]);
        }
        return headers;
    }

    @Test
    void publicReadsAnswerAnyOriginAndLetItReadWithoutCredentials() {
        for (String origin : ORIGINS) {
            for (String path : List.of("/api/articles", "/api/articles/" + SLUG, "/api/articles/" + SLUG + "/comments", "/feed.atom",
                    "/robots.txt", "/", "/articles/" + SLUG)) {
                FakeBackends.Reply reply = backends.get(path, from(origin));

                assertThat(reply.status()).as("%s from %s", path, origin).isEqualTo(200);
                assertThat(reply.header("Access-Control-Allow-Origin")).as(path).isEqualTo(origin);
                assertThat(reply.header("Access-Control-Allow-Credentials")).as(path).isNull();
                assertThat(reply.response().headers().allValues("Vary")).as(path).anyMatch(vary -> vary.contains("Origin"));
            }
        }
        assertThat(backends.get("/api/articles/" + SLUG, from("https://elsewhere.example")).response().headers()
                .allValues("Access-Control-Expose-Headers")).contains("ETag", "Location", "Retry-After", "X-Request-Id");
    }

    @Test
    void theOneClickUnsubscribeWorksFromAnyOrigin() {
        backends.comments.stubFor(post(urlEqualTo("/notifications/unsubscribe/" + TOKEN)).willReturn(aResponse().withStatus(204)));

        for (String origin : ORIGINS) {
            FakeBackends.Reply reply = backends.postForm("/notifications/unsubscribe/" + TOKEN, "List-Unsubscribe=One-Click", from(origin));

            assertThat(reply.status()).as(origin).isEqualTo(200);
            assertThat(reply.body()).contains("You are unsubscribed");
        }
        backends.comments.verify(2, postRequestedFor(urlEqualTo("/notifications/unsubscribe/" + TOKEN)));
    }

    @Test
    void theSignInAndWritesWithABearerTokenAreNotRefusedForTheirOrigin() {
        backends.articles.stubFor(post(urlEqualTo("/articles")).willReturn(aResponse().withStatus(201)
                .withHeader("Location", "/articles/new-one").withHeader("Content-Type", "application/json")
                .withBody(FakeBackends.article(ID, "new-one", "draft", "open"))));

        for (String origin : ORIGINS) {
            FakeBackends.Reply login = backends.send("POST", "/api/login",
                    "{\"username\":\"admin\",\"password\":\"" + FakeBackends.ADMIN_PASSWORD + "\"}", from(origin));
            FakeBackends.Reply created = backends.send("POST", "/api/articles", "{\"title\":\"New\"}",
                    from(origin, "Authorization", "Bearer " + backends.token("EDITOR")));
            FakeBackends.Reply unsigned = backends.send("POST", "/api/articles", "{\"title\":\"New\"}", from(origin));

            assertThat(login.status()).as(origin).isEqualTo(200);
            assertThat(login.body()).contains("access_token");
            assertThat(created.status()).as(origin).isEqualTo(201);
            assertThat(unsigned.status()).as("no token: refused as from anywhere").isEqualTo(401);
            assertThat(unsigned.header("Content-Type")).startsWith("application/problem+json");
        }
    }

    @Test
    void aPreflightIsAnsweredForWhatThePathTakes() {
        FakeBackends.Reply preflight = backends.send("OPTIONS", "/api/articles/" + SLUG, null, from("https://elsewhere.example",
                "Access-Control-Request-Method", "PUT", "Access-Control-Request-Headers", "authorization, content-type, if-match"));

        assertThat(preflight.status()).isEqualTo(200);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo("https://elsewhere.example");
        assertThat(preflight.header("Access-Control-Allow-Methods")).isEqualTo("PUT");
        assertThat(String.join(",", preflight.response().headers().allValues("Access-Control-Allow-Headers")).toLowerCase())
                .contains("authorization", "content-type", "if-match");
        assertThat(preflight.header("Access-Control-Allow-Credentials")).isNull();
    }

    @Test
    void aRefusedPreflightIsAProblemNotAnEmptyAnswer() {
        for (String path : List.of("/feed.atom", "/api/articles/" + SLUG + "/comments", "/nothing-here")) {
            FakeBackends.Reply refused = backends.send("OPTIONS", path, null, from("https://elsewhere.example",
                    "Access-Control-Request-Method", "DELETE"));

            assertThat(refused.status()).as(path).isEqualTo(403);
            assertThat(refused.header("Content-Type")).as(path).startsWith("application/problem+json");
            assertThat(backends.json(refused.body())).containsEntry("status", 403).containsEntry("detail", "This path takes no DELETE requests.");
        }
    }
}
