package org.newsroom.gateway;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** ./import's two routes: articles for editors, comments for moderators, forwarded with the caller's token. */
class ImportRoutesTest extends FakeBackendsTest {

    @BeforeAll
    static void start() {
        backends = new FakeBackends(FakeBackends.NO_CIRCUIT);
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
