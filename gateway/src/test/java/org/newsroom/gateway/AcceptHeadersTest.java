package org.newsroom.gateway;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.newsroom.gateway.FakeBackends.SLUG;

/**
 * What real clients put in Accept: a page, feed, sitemap or robots.txt has one representation and serves it
 * whatever they ask for (never a 406); a browser gets the HTML error page outside the API; the API answers JSON
 * clients, one asking only for problem+json included.
 */
class AcceptHeadersTest extends FakeBackendsTest {

    static final String CHROME = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,"
            + "application/signed-exchange;v=b3;q=0.7";
    static final String FIREFOX = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    static final String FEED_READER = "application/rss+xml, application/atom+xml;q=0.6, application/xml;q=0.4";
    /** What browsers, feed readers, crawlers and link-preview bots send. */
    static final List<String> READERS = List.of(CHROME, FIREFOX, FEED_READER, "application/atom+xml", "text/*", "application/xhtml+xml",
            "application/xml", "text/html", "application/json", "*/*");
    private static final String TOKEN = NotificationPagesTest.TOKEN;

    @BeforeAll
    static void start() {
        backends = new FakeBackends(FakeBackends.NO_CIRCUIT);
    }

    @BeforeEach
    void stubTheServices() {
        backends.listedArticle();
        backends.articles.stubFor(get(urlPathEqualTo("/sitemap-entries")).willReturn(okJson(
                "{\"items\":[{\"slug\":\"" + SLUG + "\",\"updatedAt\":\"2024-03-04T10:00:00Z\"}],\"page\":1,\"size\":50000,\"total\":1,"
                        + "\"totalPages\":1}")));
        backends.articles.stubFor(get(urlEqualTo("/articles/unknown")).willReturn(aResponse().withStatus(404)));
        backends.comments.stubFor(get(urlPathEqualTo("/latest-comments")).willReturn(okJson("[]")));
        backends.commentsAnswer(okJson(FakeBackends.commentPage("Hello")));
        backends.comments.stubFor(get(urlPathMatching("/notifications/(confirm|unsubscribe)/" + TOKEN)).willReturn(aResponse().withStatus(204)));
    }

    @Test
    void feedsSitemapsRobotsAndPagesAreServedWhateverTheClientAccepts() {
        Map<String, String> types = new LinkedHashMap<>();
        types.put("/feed.atom", "application/atom+xml");
        types.put("/comments/feed.atom", "application/atom+xml");
        types.put("/articles/" + SLUG + "/comments/feed.atom", "application/atom+xml");
        types.put("/sitemap.xml", "application/xml");
        types.put("/sitemaps/1.xml", "application/xml");
        types.put("/robots.txt", "text/plain");
        types.put("/", "text/html");
        types.put("/articles/" + SLUG, "text/html");
        types.put("/editor", "text/html");
        types.put("/moderation", "text/html");
        types.put("/notifications/unsubscribe/" + TOKEN, "text/html");
        types.put("/notifications/confirm/" + TOKEN, "text/html");
        types.put("/swagger-ui", "text/html");
        for (String accept : READERS) {
            types.forEach((path, type) -> {
                FakeBackends.Reply reply = backends.get(path, Map.of("Accept", accept));

                assertThat(reply.status()).as("%s with Accept: %s", path, accept).isEqualTo(200);
                assertThat(reply.header("Content-Type")).as("%s with Accept: %s", path, accept).startsWith(type);
            });
        }
    }

    @Test
    void thePagesOwnFormsAnswerWhateverTheClientAccepts() {
        String editPage = "/articles/" + SLUG + "/comments/" + ArticlePageTest.COMMENT_ID + "/edit";
        for (String accept : List.of("application/xhtml+xml", "text/*", "application/xml")) {
            Map<String, String> form = Map.of("Content-Type", "application/x-www-form-urlencoded", "Accept", accept);

            FakeBackends.Reply reply = backends.postForm("/articles/" + SLUG + "/comments", "authorName=Dana", form);
            FakeBackends.Reply editForm = backends.get(editPage, Map.of("Accept", accept));
            FakeBackends.Reply edit = backends.postForm(editPage, "content=New", form);

            for (FakeBackends.Reply answer : List.of(reply, editForm, edit)) {
                assertThat(answer.status()).as(accept).isNotIn(406, 500);
                assertThat(answer.header("Content-Type")).as(accept).startsWith("text/html");
            }
        }
    }

    @Test
    void aBrowserAskingForAPageThatIsNotThereGetsTheHtmlNotFoundPage() {
        for (String accept : List.of(CHROME, FIREFOX, "text/html", "text/*", "application/xhtml+xml", "Text/HTML", "APPLICATION/XHTML+XML")) {
            for (String path : List.of("/nothing-here", "/no/such", "/articles", "/articles/", "/articles/unknown", "/index.html", "/rss")) {
                FakeBackends.Reply reply = backends.get(path, Map.of("Accept", accept));

                assertThat(reply.status()).as("%s with Accept: %s", path, accept).isEqualTo(404);
                assertThat(reply.header("Content-Type")).as("%s with Accept: %s", path, accept).startsWith("text/html");
                assertThat(reply.body()).contains("<html");
            }
            FakeBackends.Reply api = backends.get("/api/nothing-here", Map.of("Accept", accept));
            assertThat(api.status()).isEqualTo(404);
            assertThat(api.header("Content-Type")).as(accept).startsWith("application/problem+json");
        }
        for (String accept : List.of("application/json", "application/problem+json", "*/*")) {
            FakeBackends.Reply reply = backends.get("/articles", Map.of("Accept", accept));
            assertThat(reply.status()).isEqualTo(404);
            assertThat(reply.header("Content-Type")).as(accept).startsWith("application/problem+json");
        }
    }

    @Test
    void theIconWhereBrowsersLookForItMovesToTheSitesSvgIcon() {
        for (String accept : List.of(CHROME, "image/avif,image/webp,image/apng,image/svg+xml,image/*,*/*;q=0.8", "*/*")) {
            FakeBackends.Reply reply = backends.get("/favicon.ico", Map.of("Accept", accept));

            assertThat(reply.status()).as(accept).isEqualTo(301);
            assertThat(reply.header("Location")).isEqualTo("/static/favicon.svg");
            assertThat(backends.get(reply.header("Location")).status()).isEqualTo(200);
        }
    }

    @Test
    void anApiClientAskingForProblemJsonGetsTheProblem() {
        for (String accept : List.of("application/problem+json", "application/*", "application/json, application/problem+json")) {
            FakeBackends.Reply refused = backends.get("/api/articles?page=0", Map.of("Accept", accept));
            FakeBackends.Reply login = backends.send("POST", "/api/login", "{}", Map.of("Accept", accept));
            FakeBackends.Reply list = backends.get("/api/articles", Map.of("Accept", accept));

            assertThat(refused.status()).as(accept).isEqualTo(400);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(backends.json(refused.body())).containsEntry("status", 400).containsKey("errors");
            assertThat(login.status()).as(accept).isEqualTo(400);
            assertThat(login.header("Content-Type")).startsWith("application/problem+json");
            assertThat(list.status()).as(accept).isEqualTo(200);
            assertThat(list.header("Content-Type")).startsWith("application/json");
        }
    }

    @Test
    void theApiStillRefusesAClientThatReadsNoJson() {
        FakeBackends.Reply reply = backends.get("/api/articles", Map.of("Accept", "application/xml"));

        assertThat(reply.status()).isEqualTo(406);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
    }
}
