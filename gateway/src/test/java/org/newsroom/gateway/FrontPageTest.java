package org.newsroom.gateway;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.newsroom.gateway.ArticlePageTest.html;
import static org.newsroom.gateway.FakeBackends.ID;
import static org.newsroom.gateway.FakeBackends.SLUG;

/** The front page without script: the list with counts, tags and paging, the plain GET search. */
class FrontPageTest extends FakeBackendsTest {

    @BeforeAll
    static void start() {
        Map<String, Object> settings = new HashMap<>(FakeBackends.NO_CIRCUIT);
        settings.putAll(ArticlePageTest.GENEROUS_BUDGETS);
        settings.put("site.url", ArticlePageTest.SITE);
        settings.put("site.name", "The Test Times");
        backends = new FakeBackends(settings);
        warmUp("/");
    }

    private static String listPage(int page, int totalPages) {
        return "{\"items\":[{\"id\":\"" + ID + "\",\"slug\":\"" + SLUG + "\",\"title\":\"<i>Ministers</i> meet\",\"excerpt\":\"What was said.\","
                + "\"author\":\"Ann\",\"tags\":[\"middle east\"],\"status\":\"published\",\"commentStatus\":\"open\","
                + "\"publishedAt\":\"2024-03-04T10:00:00Z\",\"updatedAt\":\"2024-03-04T10:00:00Z\"}],"
                + "\"page\":" + page + ",\"size\":20,\"total\":41,\"totalPages\":" + totalPages + "}";
    }

    private void listed(String path, String body) {
        backends.articles.stubFor(get(urlEqualTo(path)).willReturn(okJson(body)));
        backends.comments.stubFor(get(urlPathEqualTo("/counts")).willReturn(okJson("{\"counts\":{\"" + ID + "\":3}}")));
    }

    @Test
    void theListIsFinishedHtmlWithTitlesExcerptsDatesCountsAndTags() {
        listed("/articles?page=1&size=20", listPage(1, 3));

        FakeBackends.Reply reply = backends.get("/");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("ETag")).isNotBlank();
        Document page = html(reply);
        assertThat(page.title()).isEqualTo("The Test Times");
        assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(ArticlePageTest.SITE + "/");
        assertThat(page.select("link[rel=alternate]").eachAttr("href"))
                .containsExactly(ArticlePageTest.SITE + "/feed.atom", ArticlePageTest.SITE + "/comments/feed.atom");
        Element item = page.selectFirst("#articles > li.article-item[data-slug=" + SLUG + "]");
        assertThat(item.selectFirst("h2 a").text()).isEqualTo("<i>Ministers</i> meet");
        assertThat(item.selectFirst("h2 a").attr("href")).isEqualTo("/articles/" + SLUG);
        assertThat(item.selectFirst(".excerpt").text()).isEqualTo("What was said.");
        assertThat(item.selectFirst("time").attr("datetime")).isEqualTo("2024-03-04T10:00:00Z");
        assertThat(item.selectFirst("time").text()).isEqualTo("March 4, 2024");
        assertThat(item.selectFirst(".count").text()).isEqualTo("3 comments");
        assertThat(item.selectFirst(".meta > bdi").text()).as("the byline, isolated from the line's direction").isEqualTo("Ann");
        assertThat(item.selectFirst(".tags a").attr("href")).isEqualTo("/?tag=middle+east");
        assertThat(page.selectFirst("#pager a.next").attr("href")).isEqualTo("/?page=2");
        assertThat(page.select("i")).isEmpty();
    }

    @Test
    void tagSearchAndPageAreQueriedAsTheApiWouldBe() {
        listed("/articles?page=2&size=20&tag=middle+east&q=gaza+war", listPage(2, 3));

        Document page = html(backends.get("/?page=2&tag=middle%20east&q=gaza%20war"));

        assertThat(page.selectFirst("#list-title").text()).isEqualTo("Search results for “gaza war”");
        assertThat(page.selectFirst("#list-title bdi").text()).as("the words keep their own direction").isEqualTo("gaza war");
        assertThat(page.title()).startsWith("Search results for “gaza war” — ");
        assertThat(page.selectFirst("#q").val()).isEqualTo("gaza war");
        assertThat(page.selectFirst("form#search-form").attr("method")).isEqualTo("get");
        assertThat(page.selectFirst("#pager a.prev").attr("href")).isEqualTo("/?tag=middle+east&q=gaza+war");
        assertThat(page.selectFirst("#clear-filter")).isNotNull();
    }

    @Test
    void aSearchPageIsCanonicalUnderItsWordsAndPageAndStaysUnindexed() {
        listed("/articles?page=2&size=20&q=filler", listPage(2, 3));

        Document page = html(backends.get("/?q=filler&page=2"));

        assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(ArticlePageTest.SITE + "/?q=filler&page=2");
        assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex, follow");
    }

    @Test
    void titlesExcerptsTagsAndTheSearchBoxTakeTheDirectionOfTheirOwnText() {
        listed("/articles?page=1&size=20", listPage(1, 1).replace("<i>Ministers</i> meet", "وزراء يجتمعون"));

        Document page = html(backends.get("/"));

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        Element item = page.selectFirst("#articles > li.article-item");
        assertThat(item.selectFirst("h2").text()).isEqualTo("وزراء يجتمعون");
        for (Element userText : List.of(item.selectFirst("h2"), item.selectFirst(".excerpt"), item.selectFirst(".tags a"), page.selectFirst("#q"))) {
            assertThat(userText.attr("dir")).as(userText.cssSelector()).isEqualTo("auto");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "0", "000", "-3", "2.5", "1e3", "%2B2", ""})
    void aMalformedPageNumberShowsTheFirstPage(String number) {
        listed("/articles?page=1&size=20", listPage(1, 1));

        FakeBackends.Reply reply = backends.get("/?page=" + number);

        assertThat(reply.status()).isEqualTo(200);
        backends.articles.verify(getRequestedFor(urlEqualTo("/articles?page=1&size=20")));
    }

    private static String emptyPage(int page, int totalPages) {
        return "{\"items\":[],\"page\":" + page + ",\"size\":20,\"total\":" + 20 * totalPages + ",\"totalPages\":" + totalPages + "}";
    }

    @ParameterizedTest
    @CsvSource({"/?page=3, /articles?page=3&size=20", "/?tag=bulk&page=3, /articles?page=3&size=20&tag=bulk",
        "/?page=99999999999999, /articles?page=2147483647&size=20", "/?page=99999999999999999999, /articles?page=2147483647&size=20",
        "/?tag=bulk&page=00099999999999999, /articles?page=2147483647&size=20&tag=bulk"})
    void aPagePastTheLastIsTheNotFoundPageHoweverLargeItsNumber(String path, String queried) {
        listed(queried, emptyPage(3, 2));

        FakeBackends.Reply reply = backends.get(path);

        assertThat(reply.status()).isEqualTo(404);
        Document page = html(reply);
        assertThat(page.selectFirst("h1").text()).isEqualTo("Page not found");
        assertThat(page.selectFirst("meta[name=robots]").attr("content")).contains("noindex");
        assertThat(reply.header("ETag")).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"/?page=1 | /articles?page=1&size=20 | No articles yet.",
        "/?q=nothing | /articles?page=1&size=20&q=nothing | No articles match."})
    void theFirstPageOfAnEmptyListIsThereAndASearchIsNeverIndexed(String path, String queried, String note) {
        listed(queried, emptyPage(1, 0));

        FakeBackends.Reply reply = backends.get(path);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(html(reply).selectFirst("#list-note").text()).isEqualTo(note);
        assertThat(html(reply).select("meta[name=robots]").eachAttr("content")).isEqualTo(path.contains("q=") ? List.of("noindex, follow") : List.of());
    }

    @ParameterizedTest
    @ValueSource(strings = {"nonexistent", "<script>x\""})
    void aTagNoPublishedArticleHasIsANotFoundPageThatIsNeverIndexed(String tag) {
        listed("/articles?page=1&size=20&tag=" + URLEncoder.encode(tag, StandardCharsets.UTF_8), emptyPage(1, 0));

        FakeBackends.Reply reply = backends.get("/?tag=" + URLEncoder.encode(tag, StandardCharsets.UTF_8));

        assertThat(reply.status()).isEqualTo(404);
        Document page = html(reply);
        assertThat(page.selectFirst("meta[name=robots]").attr("content")).contains("noindex");
        assertThat(page.selectFirst("#list-title").text()).isEqualTo("Tagged “" + tag + "”");
        assertThat(page.selectFirst("#list-note").text()).isEqualTo("No published article is tagged “" + tag + "”.");
        assertThat(page.selectFirst("#clear-filter a").attr("href")).isEqualTo("/");
        assertThat(page.select("script:not([type=application/ld+json])")).isEmpty();
    }

    @Test
    void aTagPageIsCanonicalUnderTheTagsLowerCaseKeyWhateverCaseItWasAskedIn() {
        listed("/articles?page=1&size=20&tag=MIDDLE+EAST", listPage(1, 3).replace("\"middle east\"", "\"Middle East\""));

        FakeBackends.Reply reply = backends.get("/?tag=MIDDLE%20EAST");

        assertThat(reply.status()).isEqualTo(200);
        Document page = html(reply);
        assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(ArticlePageTest.SITE + "/?tag=middle+east");
        assertThat(page.select("meta[name=robots]")).isEmpty();
        assertThat(page.selectFirst("#list-title").text()).isEqualTo("Tagged “Middle East”");
        assertThat(page.selectFirst("#list-title bdi").text()).isEqualTo("Middle East");
        assertThat(page.selectFirst(".tags a").text()).isEqualTo("Middle East");
        assertThat(page.selectFirst(".tags a").attr("href")).isEqualTo("/?tag=middle+east");
        assertThat(page.selectFirst("#pager a.next").attr("href")).isEqualTo("/?tag=middle+east&page=2");
    }

    @Test
    void withoutCountsTheListStillShowsAndSaysSo() {
        backends.articles.stubFor(get(urlEqualTo("/articles?page=1&size=20")).willReturn(okJson(listPage(1, 1))));
        backends.comments.stubFor(get(urlPathEqualTo("/counts")).willReturn(aResponse().withStatus(500)));

        FakeBackends.Reply reply = backends.get("/");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Cache-Control")).isEqualTo("no-store");
        assertThat(html(reply).selectFirst(".count").text()).isEqualTo("comments unavailable");
        assertThat(html(reply).selectFirst("#list-note").text()).isEqualTo("Comment counts are unavailable right now.");
    }

    @Test
    void anOverlongSearchIsABadRequestPage() {
        FakeBackends.Reply reply = backends.get("/?q=" + "a".repeat(201));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(html(reply).selectFirst("h1").text()).isEqualTo("Search too long");
    }
}
