package org.newsroom.gateway;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.newsroom.gateway.FakeBackends.ID;
import static org.newsroom.gateway.FakeBackends.SLUG;

/**
 * A write sent to a service that gives no answer in time may still be applied: its writer is told so (504, "may still
 * have been saved"), never "unavailable, try again", which could apply it twice. A write that certainly was not made
 * (no connection) is still a 503.
 */
class WritesWithoutAnswerTest extends FakeBackendsTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String COMMENT_ID = "dddddddddddddddddddddddd";
    private static final String ARTICLE_COMMENTS = "/articles/" + ID + "/comments";
    /** Longer than the writes' budget below. */
    private static final int NO_ANSWER_IN_TIME = 6_000;

    @BeforeAll
    static void start() {
        Map<String, Object> settings = new HashMap<>(FakeBackends.NO_CIRCUIT);
        settings.put("gateway.write-timeout-ms", 3_000);
        settings.put("gateway.comments.timeout-ms", 1_000);
        backends = new FakeBackends(settings);
    }

    private static void assertMayBeSaved(FakeBackends.Reply reply, String service) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(504);
        assertThat(reply.header("Content-Type")).startsWith(PROBLEM);
        assertThat(reply.header("Retry-After")).isNull();
        assertThat(backends.json(reply.body())).containsEntry("status", 504).containsEntry("detail", "The " + service
                + " service did not answer in time; your change may still have been saved. Reload before trying again.");
    }

    @Test
    void aCommentWithoutAnAnswerInTimeIsA504SayingItMayBeSavedAndIsSentOnce() {
        backends.comments.stubFor(post(urlPathEqualTo(ARTICLE_COMMENTS)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"" + COMMENT_ID + "\"}").withFixedDelay(NO_ANSWER_IN_TIME)));

        FakeBackends.Reply reply = backends.send("POST", "/api/articles/" + SLUG + "/comments", "{\"content\":\"x\"}", Map.of());

        assertMayBeSaved(reply, "comments");
        backends.comments.verify(exactly(1), postRequestedFor(urlPathEqualTo(ARTICLE_COMMENTS)));
    }

    @Test
    void moderationAndEditorWritesWithoutAnAnswerInTimeAre504s() {
        Map<String, String> staff = backends.bearer("EDITOR", "MODERATOR");
        backends.comments.stubFor(patch(urlEqualTo("/moderation/comments/" + COMMENT_ID)).willReturn(okJson("{}").withFixedDelay(NO_ANSWER_IN_TIME)));
        backends.articles.stubFor(post(urlEqualTo("/articles")).willReturn(okJson("{}").withFixedDelay(NO_ANSWER_IN_TIME)));
        backends.articles.stubFor(put(urlEqualTo("/articles/" + SLUG)).willReturn(okJson("{}").withFixedDelay(NO_ANSWER_IN_TIME)));

        assertMayBeSaved(backends.send("PATCH", "/api/moderation/comments/" + COMMENT_ID, "{\"status\":\"approved\"}", staff), "comments");
        assertMayBeSaved(backends.send("POST", "/api/articles", "{\"title\":\"t\",\"body\":\"b\"}", staff), "articles");
        assertMayBeSaved(backends.send("PUT", "/api/articles/" + SLUG, "{\"title\":\"t\",\"body\":\"b\",\"version\":1}", staff), "articles");
    }

    @Test
    void aWriteThatCouldNotBeSentIsStillA503() {
        backends.comments.stop();

        FakeBackends.Reply reply = backends.send("POST", "/api/articles/" + SLUG + "/comments", "{\"content\":\"x\"}", Map.of());

        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.header("Retry-After")).isEqualTo("5");
        assertThat(backends.json(reply.body()).get("detail")).isEqualTo("The comments service is unavailable; please try again shortly.");
    }

    @Test
    void aWriteAnsweredWithSomethingElseThanJsonIsNotPassedOn() {
        backends.comments.stubFor(post(urlPathEqualTo(ARTICLE_COMMENTS)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html").withBody("<html><body>Welcome to nginx!</body></html>")));
        backends.comments.stubFor(delete(urlEqualTo("/moderation/comments/" + COMMENT_ID)).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "text/html").withBody("<html><body>Not here</body></html>")));

        FakeBackends.Reply posted = backends.send("POST", "/api/articles/" + SLUG + "/comments", "{\"content\":\"x\"}", Map.of());
        FakeBackends.Reply deleted = backends.send("DELETE", "/api/moderation/comments/" + COMMENT_ID, null, backends.bearer("MODERATOR"));

        assertThat(posted.status()).isEqualTo(502);
        assertThat(posted.header("Content-Type")).startsWith(PROBLEM);
        assertThat(backends.json(posted.body()).get("detail")).isEqualTo("The comments service gave an answer that could not be read; "
                + "your change may still have been saved. Reload before trying again.");
        assertThat(deleted.status()).isEqualTo(404);
        assertThat(deleted.header("Content-Type")).startsWith(PROBLEM);
        assertThat(deleted.body()).doesNotContain("<html");
    }

    @Test
    void deletingAnArticleWaitsForCommentsServiceNoLongerThanAReadOfIt() {
        backends.articles.stubFor(delete(urlEqualTo("/articles/" + SLUG)).willReturn(aResponse().withStatus(204)));
        backends.articles.stubFor(delete(urlEqualTo("/articles/deletions/" + ID)).willReturn(aResponse().withStatus(204)));
        // later than comments-service's read budget (1 s), within the writes' (3 s)
        backends.comments.stubFor(delete(urlEqualTo(ARTICLE_COMMENTS)).willReturn(aResponse().withStatus(204).withFixedDelay(2_000)));

        FakeBackends.Reply reply = backends.send("DELETE", "/api/articles/" + SLUG, null, backends.bearer("EDITOR"));

        assertThat(reply.status()).isEqualTo(204);
        backends.comments.verify(deleteRequestedFor(urlEqualTo(ARTICLE_COMMENTS)));
        backends.articles.verify(exactly(0), deleteRequestedFor(urlEqualTo("/articles/deletions/" + ID)));
    }

    @Test
    void anArticleDeletionWithoutAnAnswerInTimeIsA504() {
        backends.articles.stubFor(delete(urlEqualTo("/articles/" + SLUG)).willReturn(aResponse().withStatus(204).withFixedDelay(NO_ANSWER_IN_TIME)));
        backends.articles.stubFor(get(urlEqualTo("/articles/deletions")).willReturn(okJson("[]")));

        assertMayBeSaved(backends.send("DELETE", "/api/articles/" + SLUG, null, backends.bearer("EDITOR")), "articles");
    }
}
