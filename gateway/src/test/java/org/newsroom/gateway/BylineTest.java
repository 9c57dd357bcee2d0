package org.newsroom.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.WireFeedInput;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.newsroom.gateway.ArticlePageTest.SITE;
import static org.newsroom.gateway.ArticlePageTest.html;
import static org.newsroom.gateway.FakeBackends.ID;
import static org.newsroom.gateway.FakeBackends.SLUG;

/**
 * An article without an author (articles-service gives none unless an editor wrote one: account names are
 * internal) has no byline: no "By" on its page or on the front page, the site as the Atom entry's author,
 * and the publisher as the ld+json author; never a 500.
 */
class BylineTest extends FakeBackendsTest {

    private static final ObjectMapper JACKSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        backends = ArticlePageTest.pagesGateway(Map.of("site.name", "The Test Times", "gateway.feeds.ttl-ms", 0));
        warmUp("/articles/" + SLUG);
    }

    private static void storedWithAuthor(String author) throws Exception {
        Map<String, Object> article = new HashMap<>(JACKSON.readValue(FakeBackends.article(ID, SLUG, "published", "open"), Map.class));
        article.put("author", author);
        article.put("title", "Ministers meet");
        backends.articles.stubFor(get(urlEqualTo("/articles/" + SLUG)).willReturn(okJson(JACKSON.writeValueAsString(article))));
        article.remove("body");
        article.remove("bodyHtml");
        String list = JACKSON.writeValueAsString(Map.of("items", List.of(article), "page", 1, "size", 20, "total", 1, "totalPages", 1));
        backends.articles.stubFor(get(urlEqualTo("/articles?page=1&size=20")).willReturn(okJson(list)));
        backends.comments.stubFor(get(urlPathEqualTo("/counts")).willReturn(okJson("{\"counts\":{\"" + ID + "\":0}}")));
        backends.commentsAnswer(okJson(FakeBackends.commentPage("Hello")));
    }

    @ParameterizedTest(name = "author {0}")
    @NullSource
    @ValueSource(strings = {"", "  "})
    void theArticlePageShowsNoBylineAndNamesThePublisherAsAuthor(String author) throws Exception {
        storedWithAuthor(author);

        FakeBackends.Reply reply = backends.get("/articles/" + SLUG);

        assertThat(reply.status()).isEqualTo(200);
        Document page = html(reply);
        assertThat(page.selectFirst("#article-meta").text()).doesNotContain("By").doesNotStartWith("·");
        assertThat(page.select(".byline")).isEmpty();
        JsonNode ld = JACKSON.readTree(page.selectFirst("script[type=application/ld+json]").data());
        assertThat(ld.path("author").path("@type").asText()).isEqualTo("Organization");
        assertThat(ld.path("author").path("name").asText()).isEqualTo("The Test Times");
        assertThat(ld.path("author")).isEqualTo(ld.path("publisher"));
    }

    @ParameterizedTest(name = "author {0}")
    @NullSource
    @ValueSource(strings = {""})
    void theFrontPageListsTheArticleWithoutABylineAndTheFeedNamesTheSite(String author) throws Exception {
        storedWithAuthor(author);

        FakeBackends.Reply front = backends.get("/");
        FakeBackends.Reply feed = backends.get("/feed.atom");

        assertThat(front.status()).isEqualTo(200);
        Element meta = html(front).selectFirst("li.article-item[data-slug=" + SLUG + "] .meta");
        assertThat(meta.text()).isEqualTo("March 4, 2024 · 0 comments");
        assertThat(feed.status()).as(feed.body()).isEqualTo(200);
        WireFeedInput input = new WireFeedInput();
        input.setXmlHealerOn(false);
        Feed atom = (Feed) input.build(new StringReader(feed.body()));
        Person entryAuthor = (Person) atom.getEntries().get(0).getAuthors().get(0);
        assertThat(entryAuthor.getName()).isEqualTo("The Test Times");
        assertThat(entryAuthor.getUri()).isEqualTo(SITE + "/");
    }

    @ParameterizedTest(name = "author {0}")
    @ValueSource(strings = {"Ann Reporter"})
    void aGivenAuthorIsTheByline(String author) throws Exception {
        storedWithAuthor(author);

        Document page = html(backends.get("/articles/" + SLUG));
        FakeBackends.Reply front = backends.get("/");

        assertThat(page.selectFirst("#article-meta .byline").text()).isEqualTo(author);
        JsonNode ld = JACKSON.readTree(page.selectFirst("script[type=application/ld+json]").data());
        assertThat(ld.path("author").path("@type").asText()).isEqualTo("Person");
        assertThat(ld.path("author").path("name").asText()).isEqualTo(author);
        assertThat(html(front).selectFirst("li.article-item .meta").text()).contains("· " + author + " ·");
        assertThat(backends.get("/api/articles/" + SLUG).body()).contains("\"author\":\"" + author + "\"").doesNotContain("\"byline\"");
        assertThat(backends.get("/api/articles").body()).contains("\"author\":\"" + author + "\"").doesNotContain("\"byline\"");
    }
}
