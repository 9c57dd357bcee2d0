package org.newsroom.gateway;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** POST /api/articles/preview: editors only, forwarded with their token, the service's answer passed on. */
class ArticlePreviewTest extends FakeBackendsTest {

    private static final String PATH = "/api/articles/preview";
    private static final String PROBLEM = "application/problem+json";

    @BeforeAll
    static void start() {
        backends = new FakeBackends(FakeBackends.NO_CIRCUIT);
    }

    @Test
    void onlyAnEditorMayPreviewAndTheServiceIsNotCalledOtherwise() {
        String body = "{\"body\":\"## Hi\"}";

        FakeBackends.Reply anonymous = backends.send("POST", PATH, body, Map.of());
        FakeBackends.Reply forged = backends.send("POST", PATH, body, Map.of("Authorization", "Bearer " + backends.token("EDITOR") + "x"));
        FakeBackends.Reply moderator = backends.send("POST", PATH, body, backends.bearer("MODERATOR"));

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(forged.status()).isEqualTo(401);
        assertThat(moderator.status()).isEqualTo(403);
        assertThat(moderator.header("Content-Type")).startsWith(PROBLEM);
        backends.articles.verify(exactly(0), anyRequestedFor(anyUrl()));
    }

    @Test
    void aRefusalChallengesForABearerTokenSoBrowsersOpenNoPasswordDialog() {
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString(("admin:" + FakeBackends.ADMIN_PASSWORD).getBytes());

        FakeBackends.Reply expired = backends.send("POST", PATH, "{\"body\":\"x\"}", Map.of("Authorization", "Bearer an.expired.token"));
        FakeBackends.Reply withPassword = backends.send("POST", PATH, "{\"body\":\"x\"}", Map.of("Authorization", basic));

        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.header("WWW-Authenticate")).isEqualTo("Bearer realm=\"gateway\"");
        assertThat(withPassword.status()).isEqualTo(401);
        backends.articles.verify(exactly(0), anyRequestedFor(anyUrl()));
    }

    @Test
    void theBodyGoesToArticlesServiceWithTheEditorsTokenAndTheRenderedHtmlComesBack() {
        String token = backends.token("EDITOR");
        String body = "{\"body\":\"## Hi\\n\\n- one\",\"excerpt\":\"\"}";
        backends.articles.stubFor(post(urlEqualTo("/articles/preview"))
                .willReturn(okJson("{\"bodyHtml\":\"<h2>Hi</h2>\\n<ul><li>one</li></ul>\",\"excerpt\":\"Hi one\"}")));

        FakeBackends.Reply reply = backends.send("POST", PATH, body, Map.of("Authorization", "Bearer " + token));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(backends.json(reply.body())).containsEntry("bodyHtml", "<h2>Hi</h2>\n<ul><li>one</li></ul>").containsEntry("excerpt", "Hi one");
        backends.articles.verify(postRequestedFor(urlEqualTo("/articles/preview")).withRequestBody(equalTo(body))
                .withHeader("Authorization", equalTo("Bearer " + token)));
    }

    @Test
    void theServicesRefusalNamingTheFieldIsPassedOn() {
        backends.articles.stubFor(post(urlEqualTo("/articles/preview")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", PROBLEM)
                .withBody("{\"status\":400,\"errors\":[{\"field\":\"body\",\"message\":\"must not be null\"}]}")));

        FakeBackends.Reply reply = backends.send("POST", PATH, "{}", backends.bearer("EDITOR"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.header("Content-Type")).startsWith(PROBLEM);
        assertThat(reply.body()).contains("\"field\":\"body\"");
    }

    @Test
    void aBodyOver64KibIsRefusedBeforeTheService() {
        FakeBackends.Reply reply = backends.send("POST", PATH, "{\"body\":\"" + "x".repeat(70_000) + "\"}", backends.bearer("EDITOR"));

        assertThat(reply.status()).isEqualTo(413);
        backends.articles.verify(exactly(0), anyRequestedFor(anyUrl()));
    }

    @Test
    void articlesServiceDownIsA503Problem() {
        backends.articles.stop();

        FakeBackends.Reply reply = backends.send("POST", PATH, "{\"body\":\"x\"}", backends.bearer("EDITOR"));

        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.header("Content-Type")).startsWith(PROBLEM);
    }
}
