package org.newsroom.gateway;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.newsroom.gateway.FakeBackends.ID;
import static org.newsroom.gateway.FakeBackends.SLUG;

/** Deleting an article takes its comments with it, at once or, when comments-service is down, once it is back. */
class DeletionTest extends FakeBackendsTest {

    private static final String ARTICLE_COMMENTS = "/articles/" + ID + "/comments";
    private static final String OUTBOX_ENTRY = "/articles/deletions/" + ID;
    @BeforeAll
    static void start() {
        backends = new FakeBackends(Map.of("gateway.deletion-relay.interval", "300ms", "gateway.circuit.minimum-calls", 10_000));
    }

    @BeforeEach
    void stubTheServices() {
        backends.articles.stubFor(get(urlEqualTo("/articles/deletions")).willReturn(okJson("[]")));
        backends.articles.stubFor(delete(urlEqualTo("/articles/" + SLUG)).willReturn(aResponse().withStatus(204)));
        backends.articles.stubFor(delete(urlEqualTo(OUTBOX_ENTRY)).willReturn(aResponse().withStatus(204)));
        backends.comments.stubFor(delete(urlEqualTo(ARTICLE_COMMENTS)).willReturn(aResponse().withStatus(204)));
    }

    private static void awaitOutboxCleared() throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(10);
        while (backends.articles.findAll(deleteRequestedFor(urlEqualTo(OUTBOX_ENTRY))).isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
    }

    @Test
    void anArticlesCommentsGoWithItAndItsOutboxEntryIsClearedAtOnce() {
        String token = backends.token("EDITOR");

        FakeBackends.Reply reply = backends.send("DELETE", "/api/articles/" + SLUG, null, Map.of("Authorization", "Bearer " + token));

        assertThat(reply.status()).isEqualTo(204);
        backends.articles.verify(deleteRequestedFor(urlEqualTo("/articles/" + SLUG)).withHeader("Authorization", equalTo("Bearer " + token)));
        backends.comments.verify(deleteRequestedFor(urlEqualTo(ARTICLE_COMMENTS)).withHeader("Authorization", equalTo("Bearer " + token)));
        backends.articles.verify(deleteRequestedFor(urlEqualTo(OUTBOX_ENTRY)));
    }

    @Test
    void anUnknownArticleIsNotFoundAndNothingIsDeleted() {
        backends.articles.stubFor(get(urlEqualTo("/articles/missing")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"status\":404}")));

        FakeBackends.Reply reply = backends.send("DELETE", "/api/articles/missing", null, backends.bearer("EDITOR"));

        assertThat(reply.status()).isEqualTo(404);
        backends.articles.verify(exactly(0), deleteRequestedFor(anyUrl()));
        backends.comments.verify(exactly(0), anyRequestedFor(anyUrl()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void commentsOfAnArticleDeletedWhileCommentsServiceWasDownGoOnceItIsBack() throws InterruptedException {
        backends.comments.stop();

        assertThat(backends.send("DELETE", "/api/articles/" + SLUG, null, backends.bearer("EDITOR")).status()).isEqualTo(204);
        backends.articles.verify(exactly(0), deleteRequestedFor(urlEqualTo(OUTBOX_ENTRY)));

        backends.articles.stubFor(get(urlEqualTo("/articles/deletions"))
                .willReturn(okJson("[{\"articleId\":\"" + ID + "\",\"slug\":\"the-slug\",\"deletedAt\":\"2024-03-04T10:00:00Z\"}]")));
        backends.comments.start();
        backends.comments.stubFor(delete(urlEqualTo(ARTICLE_COMMENTS)).willReturn(aResponse().withStatus(204)));
        awaitOutboxCleared();

        backends.articles.verify(deleteRequestedFor(urlEqualTo(OUTBOX_ENTRY)));
        List<LoggedRequest> removals = backends.comments.findAll(deleteRequestedFor(urlEqualTo(ARTICLE_COMMENTS)));
        assertThat(removals).isNotEmpty();
        String token = removals.get(0).getHeader("Authorization").substring("Bearer ".length());
        Map<String, Object> claims = backends.json(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
        assertThat(claims).containsEntry("sub", "gateway");
        assertThat((List<String>) claims.get("roles")).containsExactlyInAnyOrder("EDITOR", "MODERATOR");
        assertThat(((Number) claims.get("exp")).longValue()).isLessThan(Instant.now().plusSeconds(600).getEpochSecond());
    }

    @Test
    void theOutboxEntryStaysWhileCommentsServiceRefuses() throws InterruptedException {
        backends.comments.stubFor(delete(urlEqualTo(ARTICLE_COMMENTS)).willReturn(aResponse().withStatus(503)));
        backends.articles.stubFor(get(urlEqualTo("/articles/deletions"))
                .willReturn(okJson("[{\"articleId\":\"" + ID + "\"},{\"articleId\":\"not-an-id\"},{\"other\":1}]")));

        Instant deadline = Instant.now().plusSeconds(30);
        while (backends.comments.findAll(deleteRequestedFor(urlEqualTo(ARTICLE_COMMENTS))).size() < 2 && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }

        assertThat(backends.comments.findAll(deleteRequestedFor(urlEqualTo(ARTICLE_COMMENTS)))).as("the relay tried again")
                .hasSizeGreaterThanOrEqualTo(2);
        backends.articles.verify(exactly(0), deleteRequestedFor(anyUrl()));
    }
}
