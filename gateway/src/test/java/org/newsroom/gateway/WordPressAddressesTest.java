package org.newsroom.gateway;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashMap;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.newsroom.gateway.FakeBackends.SLUG;

/** The addresses of a WordPress site moved here: its posts, their comment pages, tags, list pages, searches and feeds. */
class WordPressAddressesTest extends FakeBackendsTest {

    private static final Map<String, String> HTML = Map.of("Accept", "text/html");

    @BeforeAll
    static void start() {
        Map<String, Object> settings = new HashMap<>(FakeBackends.NO_CIRCUIT);
        settings.putAll(ArticlePageTest.GENEROUS_BUDGETS);
        backends = new FakeBackends(settings);
        warmUp("/" + SLUG + "/");
    }

    @ParameterizedTest
    @CsvSource({"/the-slug/, /articles/the-slug", "/the-slug, /articles/the-slug", "/2024/03/04/the-slug/, /articles/the-slug",
        "/2024/03/the-slug/, /articles/the-slug", "/2024/03/04/the-slug, /articles/the-slug",
        "/the-slug/comment-page-2/, /articles/the-slug?cpage=2", "/2024/03/04/the-slug/comment-page-3/, /articles/the-slug?cpage=3",
        "/2024/03/the-slug/comment-page-1/, /articles/the-slug", "/the-slug/?replytocom=17, /articles/the-slug"})
    void aPostsPermalinkMovesToItsArticle(String wordPress, String here) {
        FakeBackends.Reply reply = backends.get(wordPress, HTML);

        assertThat(reply.status()).isEqualTo(301);
        assertThat(reply.header("Location")).isEqualTo(here);
        assertThat(backends.send("HEAD", wordPress, null, HTML).status()).isEqualTo(301);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/no-such-post/", "/2024/03/04/no-such-post/", "/no-such-post/comment-page-2/"})
    void aPostNoPublishedArticleHasStaysNotFound(String wordPress) {
        FakeBackends.Reply reply = backends.get(wordPress, HTML);

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.header("Content-Type")).startsWith("text/html");
        assertThat(reply.body()).contains("Page not found");
        backends.articles.verify(getRequestedFor(urlEqualTo("/articles/no-such-post/comment-status")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api", "/api/", "/articles/", "/sitemaps", "/Not-A-Slug/", "/%C3%A9lan/", "/deletions/", "/24/03/04/the-slug/",
        "/2024/3/04/the-slug/", "/2024/03/04/the-slug/comment-page-x/"})
    void otherAddressesAreNotLookedUp(String path) {
        assertThat(backends.get(path, HTML).status()).isEqualTo(404);
        backends.articles.verify(0, getRequestedFor(urlMatching(".*/comment-status")));
    }

    @Test
    void theSitesOwnAddressesStillWin() {
        assertThat(backends.get("/static/css/site.css").status()).isEqualTo(200);
        assertThat(backends.get("/robots.txt").status()).isEqualTo(200);
        assertThat(backends.get("/editor", HTML).status()).isEqualTo(200);
        assertThat(backends.get("/health").status()).isEqualTo(200);
        backends.articles.verify(0, getRequestedFor(urlMatching(".*/comment-status")));
    }

    @Test
    void whileArticlesServiceFailsAPermalinkSaysToTryAgainInsteadOfNotFound() {
        backends.articles.stubFor(get(urlEqualTo("/articles/" + SLUG + "/comment-status")).willReturn(aResponse().withStatus(503)));

        FakeBackends.Reply reply = backends.get("/2024/03/04/" + SLUG + "/", HTML);

        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.header("Retry-After")).isEqualTo("5");
        assertThat(reply.header("Location")).isNull();
    }

    @ParameterizedTest
    @CsvSource({"/feed, /feed.atom", "/feed/, /feed.atom", "/feed/atom/, /feed.atom", "/feed/rss2/, /feed.atom", "/feed/atom, /feed.atom",
        "/comments/feed/, /comments/feed.atom", "/comments/feed, /comments/feed.atom", "/comments/feed/atom/, /comments/feed.atom",
        "/the-slug/feed/, /articles/the-slug/comments/feed.atom", "/the-slug/feed, /articles/the-slug/comments/feed.atom",
        "/the-slug/feed/atom/, /articles/the-slug/comments/feed.atom", "/2024/03/04/the-slug/feed/, /articles/the-slug/comments/feed.atom",
        "/2024/03/the-slug/feed, /articles/the-slug/comments/feed.atom", "/2024/03/04/the-slug/feed/atom/, /articles/the-slug/comments/feed.atom"})
    void theFeedAddressesOfAWordPressSiteMovedHere(String wordPress, String atom) {
        FakeBackends.Reply reply = backends.get(wordPress);

        assertThat(reply.status()).isEqualTo(301);
        assertThat(reply.header("Location")).isEqualTo(atom);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/feed/xml/", "/api/feed", "/health/feed", "/static/feed", "/%C3%A9lan/feed/", "/a/b/feed/"})
    void otherAddressesEndingInFeedAreNotFound(String path) {
        assertThat(backends.get(path).status()).isEqualTo(404);
        assertThat(backends.get(path, Map.of("Accept", "text/html")).status()).isEqualTo(404);
    }

    @ParameterizedTest
    @CsvSource({"/tag/politics/, /?tag=politics", "/tag/Politics, /?tag=politics", "/tag/politics/page/2/, /?tag=politics&page=2",
        "/page/3/, /?page=3", "/page/1/, /", "'/?s=gaza talks', /?q=gaza+talks", "/?s=gaza&paged=2, /?q=gaza&page=2",
        "/?paged=2, /?page=2", "/?tag=politics&paged=2, /?tag=politics&page=2", "/?feed=rss2, /feed.atom", "/?feed=atom, /feed.atom",
        "/?feed=comments-rss2, /comments/feed.atom", "/?feed=comments-atom, /comments/feed.atom"})
    void listPagesSearchesAndFeedsMoveToTheirAddressesHere(String wordPress, String here) {
        FakeBackends.Reply reply = backends.get(wordPress.replace(" ", "%20"), HTML);

        assertThat(reply.status()).isEqualTo(301);
        assertThat(reply.header("Location")).isEqualTo(here);
    }

    @ParameterizedTest
    @CsvSource({"/tag/breaking-news/, 0, 3, /?tag=breaking+news", "/tag/covid-19/, 2, 0, /?tag=covid-19",
        "/tag/no-such-tag/page/2/, 0, 0, /?tag=no-such-tag&page=2"})
    void aTagsWordPressSlugMovesToTheTagOfThatNameWhenOnlyItHasArticles(String wordPress, int withHyphens, int withSpaces, String here) {
        String tag = wordPress.split("/")[2];
        backends.articles.stubFor(get(urlEqualTo("/articles?page=1&size=1&tag=" + tag)).willReturn(okJson(total(withHyphens))));
        backends.articles.stubFor(get(urlEqualTo("/articles?page=1&size=1&tag=" + tag.replace('-', '+'))).willReturn(okJson(total(withSpaces))));

        FakeBackends.Reply reply = backends.get(wordPress, HTML);

        assertThat(reply.status()).isEqualTo(301);
        assertThat(reply.header("Location")).isEqualTo(here);
    }

    private static String total(int total) {
        return "{\"items\":[],\"page\":1,\"size\":1,\"total\":" + total + ",\"totalPages\":" + total + "}";
    }

    @ParameterizedTest
    @ValueSource(strings = {"/?q=gaza", "/?tag=politics&page=2", "/?feed=unknown", "/?p=123"})
    void theSitesOwnFrontPageQueriesAreNotMoved(String path) {
        backends.listedArticle();

        FakeBackends.Reply reply = backends.get(path, HTML);

        assertThat(reply.status()).isIn(200, 404);
        assertThat(reply.header("Location")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/tag/politics/other/", "/tag/politics/page/x/", "/page/x/"})
    void otherTagAndPageAddressesAreNotFound(String path) {
        assertThat(backends.get(path, HTML).status()).isEqualTo(404);
    }
}
