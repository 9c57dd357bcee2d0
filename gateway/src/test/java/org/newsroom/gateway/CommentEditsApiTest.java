package org.newsroom.gateway;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An author's edit and deletion reach comments-service with the edit token; what it answers is what the author gets.
 * An edit is taken only while the comment's article takes comments, as a post is; a deletion always.
 */
class CommentEditsApiTest extends FakeBackendsTest {

    private static final String COMMENT_ID = "eeeeeeeeeeeeeeeeeeeeeeee";
    private static final String TOKEN = "A".repeat(43);

    @BeforeAll
    static void start() {
        backends = new FakeBackends(FakeBackends.NO_CIRCUIT);
    }

    /** comments-service takes the token (whichever) and names the comment's article, {@link FakeBackends#ID}. */
    @BeforeEach
    void theCommentIsEditable() {
        backends.comments.stubFor(get(urlEqualTo("/comments/" + COMMENT_ID + "/editable")).willReturn(okJson("{\"id\":\"" + COMMENT_ID
                + "\",\"articleId\":\"" + FakeBackends.ID + "\",\"content\":\"x\",\"status\":\"approved\",\"editableUntil\":\"2030-01-01T10:00:00Z\"}")));
    }

    @Test
    void anEditIsForwardedWithItsTokenAndTheAnswerComesBack() {
        String edited = "{\"id\":\"" + COMMENT_ID + "\",\"content\":\"Fixed\",\"status\":\"approved\",\"editedAt\":\"2026-01-01T10:00:00Z\"}";
        backends.comments.stubFor(put(urlEqualTo("/comments/" + COMMENT_ID)).withHeader("X-Edit-Token", equalTo(TOKEN))
                .willReturn(okJson(edited)));

        FakeBackends.Reply reply = backends.send("PUT", "/api/comments/" + COMMENT_ID, "{\"content\":\"Fixed\"}", Map.of("X-Edit-Token", TOKEN));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).contains("\"editedAt\":\"2026-01-01T10:00:00Z\"");
        backends.comments.verify(putRequestedFor(urlEqualTo("/comments/" + COMMENT_ID)).withRequestBody(equalToJson("{\"content\":\"Fixed\"}")));
    }

    @Test
    void theServicesRefusalsReachTheAuthorAsTheyAre() {
        for (int status : new int[] {400, 403, 404, 409}) {
            backends.comments.stubFor(put(urlEqualTo("/comments/" + COMMENT_ID)).willReturn(aResponse().withStatus(status)
                    .withHeader("Content-Type", "application/problem+json").withBody("{\"status\":" + status + "}")));

            FakeBackends.Reply reply = backends.send("PUT", "/api/comments/" + COMMENT_ID, "{\"content\":\"x\"}", Map.of("X-Edit-Token", TOKEN));

            assertThat(reply.status()).isEqualTo(status);
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        }
    }

    @Test
    void aDeletionIsForwardedWithItsToken() {
        backends.comments.stubFor(delete(urlEqualTo("/comments/" + COMMENT_ID)).willReturn(aResponse().withStatus(204)));

        assertThat(backends.send("DELETE", "/api/comments/" + COMMENT_ID, null, Map.of("X-Edit-Token", TOKEN)).status()).isEqualTo(204);

        backends.comments.verify(deleteRequestedFor(urlEqualTo("/comments/" + COMMENT_ID)).withHeader("X-Edit-Token", equalTo(TOKEN)));
    }

    @Test
    void withoutAUsableTokenTheServiceStillSaysWhetherTheCommentExists() {
        String gone = "ffffffffffffffffffffffff";
        backends.comments.stubFor(put(urlEqualTo("/comments/" + COMMENT_ID)).willReturn(problem(403)));
        backends.comments.stubFor(delete(urlEqualTo("/comments/" + gone)).willReturn(problem(404)));

        assertThat(backends.send("PUT", "/api/comments/" + COMMENT_ID, "{\"content\":\"x\"}", Map.of()).status()).isEqualTo(403);
        // deleted for good by a moderator: 404 everywhere, whatever token comes with it
        assertThat(backends.send("DELETE", "/api/comments/" + gone, null, Map.of("X-Edit-Token", "x".repeat(500))).status()).isEqualTo(404);

        backends.comments.verify(putRequestedFor(urlEqualTo("/comments/" + COMMENT_ID)).withoutHeader("X-Edit-Token"));
        backends.comments.verify(deleteRequestedFor(urlEqualTo("/comments/" + gone)).withoutHeader("X-Edit-Token"));
    }

    @Test
    void aMalformedIdNeverReachesTheService() {
        assertThat(backends.send("DELETE", "/api/comments/not-an-id", null, Map.of("X-Edit-Token", TOKEN)).status()).isEqualTo(404);

        backends.comments.verify(0, deleteRequestedFor(urlEqualTo("/comments/not-an-id")));
    }

    /** Not published (a draft again, or deleted) → 404, comments closed → 403, as a post would be told; nothing is saved. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "404 | 404 | The article of this comment is not published.",
            "closed | 403 | Comments are closed on this article."})
    void anEditIsRefusedWhenTheArticleTakesNoComment(String article, int status, String detail) {
        backends.articles.stubFor(get(urlEqualTo("/articles/by-id/" + FakeBackends.ID)).willReturn(article.equals("404") ? problem(404)
                : okJson(FakeBackends.article(FakeBackends.ID, FakeBackends.SLUG, "published", article))));

        FakeBackends.Reply reply = backends.send("PUT", "/api/comments/" + COMMENT_ID, "{\"content\":\"x\"}", Map.of("X-Edit-Token", TOKEN));

        assertThat(reply.status()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(backends.json(reply.body())).containsEntry("detail", detail);
        backends.comments.verify(0, putRequestedFor(urlEqualTo("/comments/" + COMMENT_ID)));
    }

    @Test
    void theAuthorMayStillWithdrawTheirCommentWhateverItsArticle() {
        backends.articles.stubFor(get(urlEqualTo("/articles/by-id/" + FakeBackends.ID)).willReturn(problem(404)));
        backends.comments.stubFor(delete(urlEqualTo("/comments/" + COMMENT_ID)).willReturn(aResponse().withStatus(204)));

        assertThat(backends.send("DELETE", "/api/comments/" + COMMENT_ID, null, Map.of("X-Edit-Token", TOKEN)).status()).isEqualTo(204);
    }

    @Test
    void theCommentsOwnRefusalComesBeforeItsArticleIsAskedAbout() {
        backends.comments.stubFor(get(urlEqualTo("/comments/" + COMMENT_ID + "/editable")).willReturn(problem(403)));

        assertThat(backends.send("PUT", "/api/comments/" + COMMENT_ID, "{\"content\":\"x\"}", Map.of("X-Edit-Token", TOKEN)).status())
                .isEqualTo(403);

        backends.articles.verify(0, getRequestedFor(urlEqualTo("/articles/by-id/" + FakeBackends.ID)));
        backends.comments.verify(0, putRequestedFor(urlEqualTo("/comments/" + COMMENT_ID)));
    }

    @Test
    void withArticlesServiceDownAnEditIsRefusedAsUnavailableAsAPostIs() {
        backends.articles.stop();

        FakeBackends.Reply edit = backends.send("PUT", "/api/comments/" + COMMENT_ID, "{\"content\":\"x\"}", Map.of("X-Edit-Token", TOKEN));
        FakeBackends.Reply post = backends.send("POST", "/api/articles/" + FakeBackends.SLUG + "/comments",
                "{\"authorName\":\"Dana\",\"authorEmail\":\"dana@example.org\",\"content\":\"x\"}", Map.of());

        assertThat(edit.status()).isEqualTo(503).isEqualTo(post.status());
        assertThat(backends.json(edit.body()).get("detail")).isEqualTo(backends.json(post.body()).get("detail"));
        backends.comments.verify(0, putRequestedFor(urlEqualTo("/comments/" + COMMENT_ID)));
    }

    private static ResponseDefinitionBuilder problem(int status) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json").withBody("{\"status\":" + status + "}");
    }
}
