package org.newsroom.gateway;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.newsroom.gateway.FakeBackends.ID;
import static org.newsroom.gateway.FakeBackends.SLUG;

/** The reader's views built from the two services: the article page and the list, their shapes and their calls. */
class ArticleViewTest extends FakeBackendsTest {

    /** How long the slow article takes to answer; well inside this gateway's read budget for articles. */
    private static final int SLOW_ARTICLE_MS = 2000;

    @BeforeAll
    static void start() {
        backends = new FakeBackends(Map.of("gateway.circuit.minimum-calls", 10_000, "gateway.articles.timeout-ms", 10_000));
    }

    @Test
    @SuppressWarnings("unchecked")
    void articleAndItsApprovedThreadsComeTogetherInTheContractsShape() {
        backends.commentsAnswer(okJson(FakeBackends.commentPage("Hello")));

        FakeBackends.Reply reply = backends.get("/api/articles/" + SLUG);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("application/json");
        Map<String, Object> view = backends.json(reply.body());
        assertThat(view.keySet()).containsExactly("article", "comments", "complete");
        assertThat(view.get("complete")).isEqualTo(true);
        Map<String, Object> article = (Map<String, Object>) view.get("article");
        assertThat(article).containsKeys("id", "slug", "title", "excerpt", "body", "bodyHtml", "author", "tags", "status",
                "commentStatus", "publishedAt", "updatedAt", "version").doesNotContainKey("internalField");
        assertThat(article.get("publishedAt")).isEqualTo("2024-03-04T10:00:00Z");
        Map<String, Object> comments = (Map<String, Object>) view.get("comments");
        assertThat(comments.keySet()).containsExactlyInAnyOrder("items", "page", "size", "total", "totalPages", "count");
        Map<String, Object> comment = ((List<Map<String, Object>>) comments.get("items")).get(0);
        assertThat(comment.keySet()).containsExactlyInAnyOrder("id", "parentId", "authorName", "authorUrl", "content", "contentFormat",
                "contentHtml", "createdAt", "replies", "editedAt");
        assertThat(comment.get("contentFormat")).isEqualTo("markdown");
        assertThat(comment.get("parentId")).isNull();
        assertThat(reply.header("ETag")).isNotBlank();
        assertThat(reply.header("Cache-Control")).isNull();
    }

    @Test
    void whatCommentsServiceShouldNotHaveSentNeverReachesAReader() {
        backends.commentsAnswer(okJson(FakeBackends.commentPage("Hi").replace("\"authorName\"",
                "\"authorEmail\":\"dana@example.org\",\"authorIp\":\"192.0.2.7\",\"userAgent\":\"UA\",\"authorName\"")));

        FakeBackends.Reply reply = backends.get("/api/articles/" + SLUG);

        assertThat(reply.body()).contains("\"complete\":true").doesNotContain("dana@example.org", "192.0.2.7", "authorEmail", "UA\"");
    }

    @Test
    void theCommentsOfAKnownArticleAreFetchedWithoutWaitingForTheArticle() {
        backends.commentsAnswer(okJson(FakeBackends.commentPage("Hello")));
        backends.get("/api/articles/" + SLUG);
        backends.articles.resetRequests();
        backends.comments.resetRequests();
        backends.articles.stubFor(get(urlEqualTo("/articles/" + SLUG))
                .willReturn(okJson(FakeBackends.article(ID, SLUG, "published", "open")).withFixedDelay(SLOW_ARTICLE_MS)));

        assertThat(backends.get("/api/articles/" + SLUG).body()).contains("\"complete\":true");

        LoggedRequest article = backends.articles.findAll(getRequestedFor(urlEqualTo("/articles/" + SLUG))).get(0);
        LoggedRequest comments = backends.comments.findAll(getRequestedFor(urlPathEqualTo("/articles/" + ID + "/comments"))).get(0);
        assertThat(comments.getLoggedDate().getTime() - article.getLoggedDate().getTime())
                .as("the comments were asked for before the article had answered").isLessThan(SLOW_ARTICLE_MS);
    }

    @Test
    void unknownOrDraftArticleIsNotFoundAndAMalformedSlugNeverReachesAService() {
        backends.articles.stubFor(get(urlEqualTo("/articles/missing")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"status\":404}")));

        assertThat(backends.get("/api/articles/missing").status()).isEqualTo(404);
        FakeBackends.Reply hostile = backends.get("/api/articles/..%2F..%2Fadmin");
        assertThat(hostile.status()).isEqualTo(404);
        assertThat(hostile.header("Content-Type")).startsWith("application/problem+json");
        assertThat(backends.get("/api/articles/Not_A_Slug").status()).isEqualTo(404);
        backends.articles.verify(exactly(1), anyRequestedFor(anyUrl()));
    }

    @Test
    void anEditorSeesADraftBecauseTheTokenIsPassedOn() {
        String token = backends.token("EDITOR");
        backends.draftVisibleWith(token);
        backends.commentsAnswer(okJson(FakeBackends.commentPage("x")));

        assertThat(backends.get("/api/articles/draft-one", Map.of("Authorization", "Bearer " + token)).body())
                .contains("\"status\":\"draft\"");
        assertThat(backends.get("/api/articles/draft-one").status()).isEqualTo(404);
        assertThat(backends.get("/api/articles/draft-one", backends.bearer("MODERATOR")).status()).isEqualTo(404);
        FakeBackends.Reply draftsComments = backends.get("/api/articles/draft-one/comments", Map.of("Authorization", "Bearer " + token));
        assertThat(draftsComments.status()).as("its comments, as in its view").isEqualTo(200);
        assertThat(draftsComments.body()).contains("\"count\":1");
        assertThat(backends.get("/api/articles/draft-one/comments").status()).isEqualTo(404);
    }

    /** The fake's article with every field articles-service writes and no other, as the view passes it on without decoding it. */
    private static String passableArticle() {
        return FakeBackends.article(ID, SLUG, "published", "open").replace(",\"internalField\":\"x\"", "")
                .replace("\"bodyHtml\"", "\"bodyFormat\":\"markdown\",\"bodyHtml\"");
    }

    @Test
    void anArticlePassedOnAsItCameMakesTheViewItsDecodedCopyWould() {
        backends.commentsAnswer(okJson(FakeBackends.commentPage("Hello")));
        backends.articles.stubFor(get(urlEqualTo("/articles/" + SLUG)).willReturn(okJson(passableArticle())));
        FakeBackends.Reply passed = backends.get("/api/articles/" + SLUG);
        backends.articles.stubFor(get(urlEqualTo("/articles/" + SLUG)).willReturn(okJson(passableArticle().replace("\"id\"", "\"extra\":[1,{\"a\":null}],\"id\""))));
        FakeBackends.Reply decoded = backends.get("/api/articles/" + SLUG);

        assertThat(passed.status()).isEqualTo(200);
        assertThat(passed.body()).contains("{\"article\":" + passableArticle() + ",\"comments\":{").doesNotContain("extra");
        assertThat(decoded.body()).isEqualTo(passed.body());
        assertThat(decoded.header("ETag")).isEqualTo(passed.header("ETag"));

        String reordered = passableArticle().replace(",\"version\":1", "").replace("{\"id\"", "{\"version\":1,\"id\"");
        backends.articles.stubFor(get(urlEqualTo("/articles/" + SLUG)).willReturn(okJson(reordered)));
        assertThat(backends.get("/api/articles/" + SLUG).body()).as("passed on without being decoded")
                .startsWith("{\"article\":" + reordered + ",\"comments\":{");
    }

    @ParameterizedTest(name = "passed on as it came: {0}")
    @ValueSource(booleans = {true, false})
    void theLastWritersAccountReachesEditorsAndNeverReaders(boolean passable) {
        String article = passable ? passableArticle() : FakeBackends.article(ID, SLUG, "published", "open");
        String writtenBy = article.replace("\"version\":1", "\"version\":1,\"updatedBy\":\"alice\"");
        backends.articles.stubFor(get(urlEqualTo("/articles/" + SLUG)).willReturn(okJson(writtenBy)));
        backends.commentsAnswer(okJson(FakeBackends.commentPage("x")));

        FakeBackends.Reply editor = backends.get("/api/articles/" + SLUG, backends.bearer("EDITOR"));
        FakeBackends.Reply reader = backends.get("/api/articles/" + SLUG);
        FakeBackends.Reply moderator = backends.get("/api/articles/" + SLUG, backends.bearer("MODERATOR"));

        assertThat(backends.json(editor.body())).extractingByKey("article").asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsEntry("updatedBy", "alice");
        assertThat(List.of(reader, moderator)).allSatisfy(reply -> {
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.body()).doesNotContain("updatedBy").doesNotContain("alice");
        });
    }

    @Test
    void theServicesOutboxIsNoArticleAndIsNeverAskedFor() {
        backends.articles.resetRequests();

        assertThat(backends.get("/api/articles/deletions").status()).isEqualTo(404);
        assertThat(backends.get("/api/articles/deletions", backends.bearer("EDITOR")).status()).isEqualTo(404);
        assertThat(backends.get("/articles/deletions", Map.of("Accept", "text/html")).status()).isEqualTo(404);
        assertThat(backends.get("/articles/deletions/comments/feed.atom").status()).isEqualTo(404);
        backends.articles.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void articlesServiceAnsweringNonsenseIsUnavailable() {
        backends.articles.stubFor(get(urlEqualTo("/articles/" + SLUG)).willReturn(okJson("{\"unexpected\":true}")));

        FakeBackends.Reply reply = backends.get("/api/articles/" + SLUG);

        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 100})
    void listCarriesCommentCountsFromExactlyTwoCallsWhateverThePageSize(int articlesOnPage) {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < articlesOnPage; i++) {
            items.append(i == 0 ? "" : ",").append("{\"id\":\"").append(String.format("%024x", i)).append("\",\"slug\":\"s").append(i)
                    .append("\",\"title\":\"T\",\"status\":\"published\",\"commentStatus\":\"open\"}");
        }
        backends.articles.stubFor(get(urlPathEqualTo("/articles")).willReturn(okJson("{\"items\":[" + items + "],\"page\":1,\"size\":100,"
                + "\"total\":" + articlesOnPage + ",\"totalPages\":1}")));
        backends.comments.stubFor(get(urlPathEqualTo("/counts")).willReturn(okJson("{\"counts\":{\"" + String.format("%024x", 0) + "\":4}}")));

        FakeBackends.Reply reply = backends.get("/api/articles?size=100");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).startsWith("{\"items\":[{\"id\":\"000000000000000000000000\"").contains("\"commentCount\":4")
                .contains("\"page\":1,\"size\":100,\"total\":" + articlesOnPage + ",\"totalPages\":1,\"complete\":true");
        assertThat(reply.header("ETag")).isNotBlank();
        backends.articles.verify(exactly(1), anyRequestedFor(anyUrl()));
        backends.comments.verify(exactly(1), anyRequestedFor(anyUrl()));
        String ids = backends.comments.findAll(getRequestedFor(urlPathEqualTo("/counts"))).get(0).queryParameter("articleIds").firstValue();
        assertThat(ids.split(",")).hasSize(articlesOnPage);
    }

    @Test
    void listFiltersArePassedOnAndAnArticleWithoutCommentsCountsZero() {
        backends.articles.stubFor(get(urlPathEqualTo("/articles")).willReturn(okJson("{\"items\":[{\"id\":\"" + ID + "\",\"slug\":\"s\"}],"
                + "\"page\":2,\"size\":5,\"total\":6,\"totalPages\":2}")));
        backends.comments.stubFor(get(urlPathEqualTo("/counts")).willReturn(okJson("{\"counts\":{}}")));

        assertThat(backends.get("/api/articles?page=2&size=5&tag=politics&q=gaza%20war").body()).contains("\"commentCount\":0");

        backends.articles.verify(getRequestedFor(urlPathEqualTo("/articles")).withQueryParam("page", equalTo("2"))
                .withQueryParam("size", equalTo("5")).withQueryParam("tag", equalTo("politics")).withQueryParam("q", equalTo("gaza war")));
    }

    @Test
    void draftListIsForEditorsOnlyAndCarriesTheirToken() {
        backends.articles.stubFor(get(urlPathEqualTo("/articles")).withQueryParam("status", equalTo("draft"))
                .willReturn(okJson("{\"items\":[],\"page\":1,\"size\":20,\"total\":0,\"totalPages\":0}")));
        String token = backends.token("EDITOR");

        assertThat(backends.get("/api/articles?status=draft").status()).isEqualTo(401);
        assertThat(backends.get("/api/articles?status=draft", backends.bearer("MODERATOR")).status()).isEqualTo(403);
        backends.articles.verify(exactly(0), anyRequestedFor(anyUrl()));

        assertThat(backends.get("/api/articles?status=draft", Map.of("Authorization", "Bearer " + token)).status()).isEqualTo(200);
        backends.articles.verify(getRequestedFor(urlPathEqualTo("/articles")).withHeader("Authorization", equalTo("Bearer " + token)));
        FakeBackends.Reply other = backends.get("/api/articles?status=secret");
        assertThat(other.status()).isEqualTo(400);
        assertThat(other.body()).contains("\"field\":\"status\"");
    }

    @Test
    void pagingOutsideItsRangeIsABadRequestNamingTheField() {
        for (String query : List.of("page=0", "size=101", "size=abc", "page=-3", "page=", "size=", "page=2&page=")) {
            FakeBackends.Reply list = backends.get("/api/articles?" + query);
            FakeBackends.Reply view = backends.get("/api/articles/" + SLUG + "?" + query);
            FakeBackends.Reply comments = backends.get("/api/articles/" + SLUG + "/comments?" + query);
            String field = query.substring(0, query.indexOf('='));
            for (FakeBackends.Reply reply : List.of(list, view, comments)) {
                assertThat(reply.status()).as(query).isEqualTo(400);
                assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
                assertThat(reply.body()).as(query).contains("\"field\":\"" + field + "\"");
            }
        }
        backends.articles.verify(exactly(0), anyRequestedFor(anyUrl()));
    }

    @Test
    void aPageNumberBeyondWhatAnyStoreHoldsIsAPagePastTheLast() {
        backends.commentsAnswer(okJson(FakeBackends.commentPage("Hello")));
        backends.articles.stubFor(get(urlPathEqualTo("/articles"))
                .willReturn(okJson("{\"items\":[],\"page\":2147483647,\"size\":20,\"total\":1,\"totalPages\":1}")));
        for (String page : List.of("2147483648", "99999999999999999999", "0002147483648")) {
            FakeBackends.Reply list = backends.get("/api/articles?page=" + page);
            FakeBackends.Reply comments = backends.get("/api/articles/" + SLUG + "/comments?page=" + page + "&size=100");

            assertThat(list.status()).as(page).isEqualTo(200);
            assertThat(comments.status()).as(page).isEqualTo(200);
        }
        backends.articles.verify(getRequestedFor(urlEqualTo("/articles?page=2147483647&size=20")));
        assertThat(backends.get("/api/articles?page=2147483647").status()).isEqualTo(200);
        assertThat(backends.get("/api/articles?page=2147483648&page=2").status()).as("a page given twice is refused as before").isEqualTo(400);
    }

    @Test
    void anOverlongSearchOrTagIsABadRequestNamingItWithARequestId() {
        for (String query : List.of("q=" + "word+".repeat(1000), "tag=" + "t".repeat(201), "q=" + "%E4%B8%AD".repeat(201))) {
            FakeBackends.Reply list = backends.get("/api/articles?" + query);
            String field = query.substring(0, query.indexOf('='));

            assertThat(list.status()).as(field).isEqualTo(400);
            assertThat(list.body()).contains("\"field\":\"" + field + "\"");
            assertThat(list.header("X-Request-Id")).isNotBlank();
        }
        assertThat(backends.get("/api/articles?q=" + "%E4%B8%AD".repeat(200)).status()).as("200 characters are fine").isNotEqualTo(400);
        backends.articles.verify(exactly(1), anyRequestedFor(anyUrl()));
    }

    @Test
    void withTheCacheOffEveryReadAsksTheServices() {
        backends.commentsAnswer(okJson(FakeBackends.commentPage("Hello")));

        backends.get("/api/articles/" + SLUG);
        backends.get("/api/articles/" + SLUG);

        backends.articles.verify(exactly(2), getRequestedFor(urlEqualTo("/articles/" + SLUG)));
    }
}
