package org.newsroom.gateway;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.newsroom.gateway.FakeBackends.ID;
import static org.newsroom.gateway.FakeBackends.SLUG;

/** The Atom feeds, the sitemap and robots.txt: valid documents, absolute links, stable ids, nothing private, 304s. */
class FeedsTest extends FakeBackendsTest {

    private static final String SITE = ArticlePageTest.SITE;
    private static final String COMMENT_ID = "0123456789abcdef01234567";
    /** The site comments feed asks for twice the 20 it shows first: those on articles no longer published are left out. */
    private static final String SITE_LATEST = "/latest-comments?limit=40&threadsPerPage=20";

    @BeforeAll
    static void start() {
        Map<String, Object> settings = new HashMap<>(FakeBackends.NO_CIRCUIT);
        settings.putAll(ArticlePageTest.GENEROUS_BUDGETS);
        settings.put("site.url", SITE);
        settings.put("site.name", "The Test Times");
        settings.put("gateway.feeds.ttl-ms", 0);
        settings.put("gateway.sitemap.max-urls", 2);
        backends = new FakeBackends(settings);
        warmUp("/feed.atom");
    }

    private static Feed atom(FakeBackends.Reply reply) throws Exception {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("application/atom+xml");
        WireFeedInput input = new WireFeedInput();
        input.setXmlHealerOn(false);
        return (Feed) input.build(new StringReader(reply.body()));
    }

    private static String href(List<Link> links) {
        return links.get(0).getHref();
    }

    private void articlesPublished(String... ids) {
        backends.articles.stubFor(get(urlPathEqualTo("/published-articles"))
                .willReturn(okJson("{\"ids\":[" + String.join(",", Stream.of(ids).map(id -> "\"" + id + "\"").toList()) + "]}")));
    }

    private static String latestComment(String authorUrl) {
        return "[{\"id\":\"" + COMMENT_ID + "\",\"articleId\":\"" + ID + "\",\"articleSlug\":\"" + SLUG + "\",\"parentId\":null,"
                + "\"authorName\":\"<b>Dana</b>\",\"authorUrl\":\"" + authorUrl + "\",\"contentHtml\":\"<p>Nice &amp; <em>true</em></p>\","
                + "\"authorEmail\":\"dana@example.org\",\"authorIp\":\"192.0.2.7\",\"createdAt\":\"2024-03-05T10:00:00Z\",\"page\":2}]";
    }

    private static Document xml(String body) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(body)));
    }

    /** The site comments feed's one entry when comments-service's latest comments are {@code latest}. */
    private Entry theOnlyEntryOf(String latest) throws Exception {
        backends.comments.stubFor(get(urlEqualTo(SITE_LATEST)).willReturn(okJson(latest)));
        articlesPublished(ID);
        return atom(backends.get("/comments/feed.atom")).getEntries().get(0);
    }

    private static List<String> texts(Document document, String element) {
        NodeList nodes = document.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", element);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    private void sitemapEntries(int page, String items, long total) {
        backends.articles.stubFor(get(urlEqualTo("/sitemap-entries?page=" + page + "&size=2"))
                .willReturn(okJson("{\"items\":[" + items + "],\"page\":" + page + ",\"size\":2,\"total\":" + total
                        + ",\"totalPages\":" + ((total + 1) / 2) + "}")));
    }

    private static String entry(String slug, String updatedAt) {
        return "{\"slug\":\"" + slug + "\",\"updatedAt\":\"" + updatedAt + "\"}";
    }

    @Test
    void theArticlesFeedListsTheLatestArticlesWithAbsoluteLinksAndStableIds() throws Exception {
        backends.articles.stubFor(get(urlEqualTo("/articles?page=1&size=20")).willReturn(okJson("{\"items\":[{\"id\":\"" + ID
                + "\",\"slug\":\"" + SLUG + "\",\"title\":\"</title><script>x</script>\",\"excerpt\":\"A & B\",\"author\":\"Ann\","
                + "\"tags\":[],\"status\":\"published\",\"commentStatus\":\"open\",\"publishedAt\":\"2024-03-04T10:00:00Z\","
                + "\"updatedAt\":\"2024-03-06T10:00:00Z\"}],\"page\":1,\"size\":20,\"total\":1,\"totalPages\":1}")));
        backends.comments.stubFor(get(urlPathEqualTo("/counts")).willReturn(okJson("{\"counts\":{}}")));

        Feed feed = atom(backends.get("/feed.atom"));

        assertThat(feed.getId()).isEqualTo("tag:news.example,2024:feed:articles");
        assertThat(href(feed.getOtherLinks())).isEqualTo(SITE + "/feed.atom");
        assertThat(feed.getEntries()).hasSize(1);
        Entry entry = feed.getEntries().get(0);
        assertThat(entry.getId()).isEqualTo("tag:news.example,2024:article:" + ID);
        assertThat(entry.getTitleEx().getValue()).isEqualTo("</title><script>x</script>");
        assertThat(href(entry.getAlternateLinks())).isEqualTo(SITE + "/articles/" + SLUG);
        assertThat(entry.getUpdated().toInstant()).hasToString("2024-03-06T10:00:00Z");
        assertThat(entry.getSummary().getValue()).isEqualTo("A & B");
    }

    @Test
    void theSiteCommentsFeedCarriesNoEmailOrAddressAndOnlyWebSites() throws Exception {
        backends.comments.stubFor(get(urlEqualTo(SITE_LATEST)).willReturn(okJson(latestComment("javascript:alert(1)"))));
        articlesPublished(ID);

        FakeBackends.Reply reply = backends.get("/comments/feed.atom");
        Feed feed = atom(reply);

        assertThat(reply.body()).doesNotContain("dana@example.org").doesNotContain("192.0.2.7").doesNotContain("javascript:");
        Entry entry = feed.getEntries().get(0);
        assertThat(entry.getId()).isEqualTo("tag:news.example,2024:comment:" + COMMENT_ID);
        assertThat(href(entry.getAlternateLinks())).as("the comment page that shows it")
                .isEqualTo(SITE + "/articles/" + SLUG + "?cpage=2#comment-" + COMMENT_ID);
        assertThat(entry.getContents().get(0).getType()).isEqualTo("html");
        assertThat(entry.getContents().get(0).getValue()).isEqualTo("<p>Nice &amp; <em>true</em></p>");
        assertThat(entry.getTitleEx().getValue()).isEqualTo("Comment by <b>Dana</b>");
    }

    @Test
    void charactersXmlCannotHoldAreLeftOutInsteadOfBreakingTheFeed() throws Exception {
        backends.comments.stubFor(get(urlEqualTo(SITE_LATEST)).willReturn(okJson(latestComment("https://dana.example")
                .replace("<b>Dana</b>", "Da\\u0000na\\u0001\\u000b\\ufffe").replace("<em>true</em>", "tr\\u0002ue"))));
        articlesPublished(ID);

        FakeBackends.Reply reply = backends.get("/comments/feed.atom");

        assertThat(reply.status()).isEqualTo(200);
        Entry entry = atom(reply).getEntries().get(0);
        assertThat(entry.getTitleEx().getValue()).isEqualTo("Comment by Dana");
        assertThat(entry.getContents().get(0).getValue()).isEqualTo("<p>Nice &amp; true</p>");
    }

    @Test
    void aNameWithABidiOverrideIsIsolatedInItsEntrysTitle() throws Exception {
        Entry entry = theOnlyEntryOf(latestComment("https://dana.example").replace("<b>Dana</b>", "Eve \\u202Egnp.exe"));

        assertThat(entry.getTitleEx().getValue()).isEqualTo("Comment by \u2068Eve \u202Egnp.exe\u2069");
    }

    @Test
    void theSiteCommentsFeedLeavesOutCommentsOfArticlesNoLongerPublished() throws Exception {
        String withdrawn = "cccccccccccccccccccccccc";
        String onWithdrawn = latestComment("https://dana.example").replace(COMMENT_ID, "bbbbbbbbbbbbbbbbbbbbbbbb")
                .replace("\"articleId\":\"" + ID + "\"", "\"articleId\":\"" + withdrawn + "\"")
                .replace("\"articleSlug\":\"" + SLUG + "\"", "\"articleSlug\":\"withdrawn-story\"");
        backends.comments.stubFor(get(urlEqualTo(SITE_LATEST)).willReturn(okJson(
                onWithdrawn.substring(0, onWithdrawn.length() - 1) + "," + latestComment("https://dana.example").substring(1))));
        articlesPublished(ID);

        Feed feed = atom(backends.get("/comments/feed.atom"));

        assertThat(feed.getEntries()).extracting(Entry::getId).containsExactly("tag:news.example,2024:comment:" + COMMENT_ID);
        backends.articles.verify(getRequestedFor(urlEqualTo("/published-articles?ids=" + withdrawn + "," + ID)));
    }

    @Test
    void anEditedCommentsEntryWasUpdatedWhenItWasEdited() throws Exception {
        Entry entry = theOnlyEntryOf(latestComment("https://dana.example")
                .replace("\"page\":2", "\"editedAt\":\"2024-03-05T10:07:00Z\",\"page\":2"));

        assertThat(entry.getUpdated().toInstant()).isEqualTo(Instant.parse("2024-03-05T10:07:00Z"));
        assertThat(entry.getPublished().toInstant()).isEqualTo(Instant.parse("2024-03-05T10:00:00Z"));
    }

    @Test
    void anArticlesCommentsFeedNamesTheArticleAndAnUnknownOneIsNotFound() throws Exception {
        backends.commentsAnswer(okJson(FakeBackends.commentPage("Hello")));
        backends.comments.stubFor(get(urlEqualTo("/latest-comments?limit=20&threadsPerPage=20&articleId=" + ID)).willReturn(okJson(latestComment("https://dana.example"))));

        Feed feed = atom(backends.get("/articles/" + SLUG + "/comments/feed.atom"));

        assertThat(feed.getTitle()).isEqualTo("Comments on “T”");
        assertThat(feed.getId()).isEqualTo("tag:news.example,2024:feed:article:" + ID + ":comments");
        assertThat(href(feed.getAlternateLinks())).isEqualTo(SITE + "/articles/" + SLUG);
        assertThat(feed.getEntries().get(0).getAuthors().get(0).getUri()).isEqualTo("https://dana.example");

        backends.articles.stubFor(get(urlEqualTo("/articles/gone")).willReturn(aResponse().withStatus(404)));
        assertThat(backends.get("/articles/gone/comments/feed.atom").status()).isEqualTo(404);
    }

    @Test
    void aFeedAnswers304ToItsETagAndToIfModifiedSince() throws Exception {
        // an article's comments feed: the site comments feed is changed by the test below
        backends.commentsAnswer(okJson(FakeBackends.commentPage("Hello")));
        backends.comments.stubFor(get(urlEqualTo("/latest-comments?limit=20&threadsPerPage=20&articleId=" + ID)).willReturn(okJson(latestComment("https://dana.example"))));
        String feed = "/articles/" + SLUG + "/comments/feed.atom";

        FakeBackends.Reply first = backends.get(feed);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.header("ETag")).isNotBlank();
        assertThat(first.header("Last-Modified")).as("an IMF-fixdate: two digits for the day").isEqualTo("Tue, 05 Mar 2024 10:00:00 GMT");
        assertThat(first.header("Cache-Control")).isEqualTo("public, max-age=4");

        assertThat(backends.get(feed, Map.of("If-None-Match", first.header("ETag"))).status()).isEqualTo(304);
        assertThat(backends.get(feed, Map.of("If-Modified-Since", "Tue, 05 Mar 2024 10:00:00 GMT")).status()).isEqualTo(304);
        assertThat(backends.get(feed, Map.of("If-Modified-Since", "Mon, 04 Mar 2024 10:00:00 GMT")).status()).isEqualTo(200);
    }

    @Test
    void ifModifiedSinceIsReadInTheObsoleteDateFormatsToo() {
        backends.commentsAnswer(okJson(FakeBackends.commentPage("Hello")));
        backends.comments.stubFor(get(urlEqualTo("/latest-comments?limit=20&threadsPerPage=20&articleId=" + ID)).willReturn(okJson(latestComment("https://dana.example"))));
        String feed = "/articles/" + SLUG + "/comments/feed.atom";

        assertThat(backends.get(feed, Map.of("If-Modified-Since", "Tuesday, 05-Mar-24 10:00:00 GMT")).status()).as("RFC 850").isEqualTo(304);
        assertThat(backends.get(feed, Map.of("If-Modified-Since", "Tue Mar  5 10:00:00 2024")).status()).as("asctime").isEqualTo(304);
        assertThat(backends.get(feed, Map.of("If-Modified-Since", "Mon Mar  4 10:00:00 2024")).status()).isEqualTo(200);
        assertThat(backends.get(feed, Map.of("If-Modified-Since", "Tue, 5 Mar 2024 10:00:00 GMT")).status()).as("a one-digit day")
                .isEqualTo(304);
    }

    @Test
    void anIfNoneMatchThatDoesNotMatchGetsTheFeedWhateverIfModifiedSinceSays() {
        backends.commentsAnswer(okJson(FakeBackends.commentPage("Hello")));
        backends.comments.stubFor(get(urlEqualTo("/latest-comments?limit=20&threadsPerPage=20&articleId=" + ID)).willReturn(okJson(latestComment("https://dana.example"))));
        String feed = "/articles/" + SLUG + "/comments/feed.atom";
        String lastModified = backends.get(feed).header("Last-Modified");

        FakeBackends.Reply reply = backends.get(feed, Map.of("If-None-Match", "\"an-older-tag\"", "If-Modified-Since", lastModified));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).contains("<feed");
    }

    @Test
    void anArticlesCommentsFeedWithoutCommentsIsAsNewAsTheArticle() throws Exception {
        String quiet = "dddddddddddddddddddddddd";
        backends.articles.stubFor(get(urlEqualTo("/articles/quiet-one")).willReturn(okJson(FakeBackends.article(quiet, "quiet-one", "published", "open")
                .replace("\"updatedAt\":\"2024-03-04T10:00:00Z\"", "\"updatedAt\":\"2024-03-07T09:30:00Z\""))));
        backends.comments.stubFor(get(urlPathEqualTo("/articles/" + quiet + "/comments"))
                .willReturn(okJson("{\"items\":[],\"page\":1,\"size\":20,\"total\":0,\"totalPages\":0,\"count\":0}")));
        backends.comments.stubFor(get(urlEqualTo("/latest-comments?limit=20&threadsPerPage=20&articleId=" + quiet)).willReturn(okJson("[]")));

        FakeBackends.Reply reply = backends.get("/articles/quiet-one/comments/feed.atom");
        Feed feed = atom(reply);

        assertThat(feed.getEntries()).isEmpty();
        assertThat(feed.getUpdated().toInstant()).isEqualTo(Instant.parse("2024-03-07T09:30:00Z"));
        assertThat(reply.header("Last-Modified")).isEqualTo("Thu, 07 Mar 2024 09:30:00 GMT");
    }

    @Test
    void theSiteCommentsFeedWithoutCommentsIsAsNewAsTheNewestArticle() throws Exception {
        backends.comments.stubFor(get(urlEqualTo(SITE_LATEST)).willReturn(okJson("[]")));
        backends.listedArticle();
        backends.articles.stubFor(get(urlPathEqualTo("/articles")).willReturn(okJson("{\"items\":[{\"id\":\"" + ID + "\",\"slug\":\""
                + SLUG + "\",\"title\":\"T\",\"publishedAt\":\"2024-03-02T08:00:00Z\",\"updatedAt\":\"2024-03-04T10:00:00Z\"}],"
                + "\"page\":1,\"size\":20,\"total\":1,\"totalPages\":1}")));

        Feed feed = atom(backends.get("/comments/feed.atom"));

        assertThat(feed.getEntries()).isEmpty();
        assertThat(feed.getUpdated().toInstant()).isEqualTo(Instant.parse("2024-03-02T08:00:00Z"));
    }

    @Test
    void whenCommentsOfUnpublishedArticlesFillAListTheSiteCommentsFeedListsAgainWithoutThem() throws Exception {
        String draft = "cccccccccccccccccccccccc";
        String withdrawn = "dddddddddddddddddddddddd";
        List<String> onDraft = latestComments(0, 2 * 20, draft, "draft-story");
        List<String> onWithdrawn = latestComments(2 * 20, 2 * 20, withdrawn, "withdrawn-story");
        List<String> onPublished = latestComments(4 * 20, 25, ID, SLUG);
        backends.comments.stubFor(get(urlEqualTo(SITE_LATEST)).willReturn(okJson("[" + String.join(",", onDraft) + "]")));
        backends.comments.stubFor(get(urlEqualTo(SITE_LATEST + "&excludeArticleIds=" + draft))
                .willReturn(okJson("[" + String.join(",", onWithdrawn) + "]")));
        backends.comments.stubFor(get(urlEqualTo(SITE_LATEST + "&excludeArticleIds=" + draft + "," + withdrawn))
                .willReturn(okJson("[" + String.join(",", onPublished.subList(0, 20)) + "]")));
        articlesPublished(ID);

        Feed feed = atom(backends.get("/comments/feed.atom"));

        assertThat(feed.getEntries()).hasSize(20);
        assertThat(feed.getEntries().get(0).getId()).isEqualTo("tag:news.example,2024:comment:" + String.format("%024x", 4 * 20));
        assertThat(feed.getEntries()).extracting(entry -> href(entry.getAlternateLinks())).allMatch(link -> link.contains("/articles/" + SLUG));
    }

    /** {@code count} visible comments of one article, newest first, the {@code from}-th newest of the site first. */
    private static List<String> latestComments(int from, int count, String articleId, String slug) {
        List<String> comments = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            comments.add("{\"id\":\"" + String.format("%024x", i) + "\",\"articleId\":\"" + articleId + "\",\"articleSlug\":\"" + slug
                    + "\",\"parentId\":null,\"authorName\":\"Reader " + i + "\",\"authorUrl\":null,\"contentHtml\":\"<p>Comment " + i
                    + "</p>\",\"createdAt\":\"" + Instant.parse("2026-01-01T00:00:00Z").minusSeconds(60L * i) + "\",\"page\":1}");
        }
        return comments;
    }

    @Test
    void whileAServiceIsDownFeedsTheSitemapAndTheApiSayWhenToTryAgain() {
        backends.comments.stop();
        FakeBackends.Reply comments = backends.get("/comments/feed.atom");
        backends.articles.stop();
        List<FakeBackends.Reply> replies = List.of(comments, backends.get("/feed.atom"), backends.get("/sitemap.xml"),
                backends.get("/articles/" + SLUG + "/comments/feed.atom"), backends.get("/api/articles/" + SLUG));

        for (FakeBackends.Reply reply : replies) {
            assertThat(reply.status()).as(reply.response().uri().toString()).isEqualTo(503);
            assertThat(reply.header("Retry-After")).as(reply.response().uri().toString()).isEqualTo("5");
        }
    }

    @Test
    void a503OfAFeedOrTheSitemapNamesTheServiceThatFailed() {
        String comments = "The comments service is unavailable; please try again shortly.";
        String articles = "The articles service is unavailable; please try again shortly.";
        backends.comments.stubFor(get(urlEqualTo(SITE_LATEST)).willReturn(okJson(latestComment("https://dana.example"))));
        backends.articles.stubFor(get(urlPathEqualTo("/published-articles")).willReturn(aResponse().withStatus(500)));
        assertThat(backends.json(backends.get("/comments/feed.atom").body()).get("detail")).as("its articles cannot be checked").isEqualTo(articles);

        backends.comments.stop();
        assertThat(backends.json(backends.get("/comments/feed.atom").body()).get("detail")).isEqualTo(comments);
        assertThat(backends.json(backends.get("/articles/" + SLUG + "/comments/feed.atom").body()).get("detail")).isEqualTo(comments);

        backends.articles.stop();
        for (String path : List.of("/feed.atom", "/sitemap.xml", "/sitemaps/1.xml", "/articles/" + SLUG + "/comments/feed.atom")) {
            FakeBackends.Reply reply = backends.get(path);
            assertThat(reply.status()).as(path).isEqualTo(503);
            assertThat(backends.json(reply.body()).get("detail")).as(path).isEqualTo(articles);
        }
    }

    @Test
    void anArticleCalledFeedIsStillItsPage() {
        backends.articles.stubFor(get(urlEqualTo("/articles/feed")).willReturn(okJson(FakeBackends.article(ID, "feed", "published", "open"))));
        backends.commentsAnswer(okJson(FakeBackends.commentPage("Hello")));

        FakeBackends.Reply page = backends.get("/articles/feed");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
    }

    @Test
    void aChangeWithoutANewerEntryStillMovesLastModified() throws Exception {
        String latest = SITE_LATEST;
        articlesPublished(ID);
        backends.comments.stubFor(get(urlEqualTo(latest)).willReturn(okJson(latestComment("https://dana.example")
                .replace("2024-03-05T10:00:00Z", "2025-01-02T10:00:00Z"))));
        FakeBackends.Reply first = backends.get("/comments/feed.atom");
        String lastModified = first.header("Last-Modified");
        assertThat(backends.get("/comments/feed.atom").header("Last-Modified")).as("unchanged").isEqualTo(lastModified);
        assertThat(backends.get("/comments/feed.atom", Map.of("If-Modified-Since", lastModified)).status()).isEqualTo(304);

        // its only comment hidden by a moderator: no entry is newer, but the feed is not what it was
        backends.comments.stubFor(get(urlEqualTo(latest)).willReturn(okJson("[]")));
        FakeBackends.Reply changed = backends.get("/comments/feed.atom", Map.of("If-Modified-Since", lastModified));

        assertThat(changed.status()).isEqualTo(200);
        assertThat(httpDate(changed.header("Last-Modified"))).isAfter(httpDate(lastModified));
        assertThat(backends.get("/comments/feed.atom", Map.of("If-Modified-Since", changed.header("Last-Modified"))).status()).isEqualTo(304);
    }

    private static Instant httpDate(String value) {
        return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    }

    @Test
    void theSitemapListsEveryPublishedArticleWithItsLastChange() throws Exception {
        sitemapEntries(1, entry(SLUG, "2024-03-04T10:00:00Z") + "," + entry("other-one", "2024-03-05T10:00:00Z"), 2);

        FakeBackends.Reply reply = backends.get("/sitemap.xml");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("application/xml");
        Document sitemap = xml(reply.body());
        assertThat(sitemap.getDocumentElement().getLocalName()).isEqualTo("urlset");
        assertThat(texts(sitemap, "loc")).containsExactly(SITE + "/articles/" + SLUG, SITE + "/articles/other-one");
        assertThat(texts(sitemap, "lastmod")).containsExactly("2024-03-04T10:00:00Z", "2024-03-05T10:00:00Z");
        assertThat(backends.get("/sitemap.xml", Map.of("If-None-Match", reply.header("ETag"))).status()).isEqualTo(304);
    }

    @Test
    void pastTheLimitTheSitemapIsAnIndexOfParts() throws Exception {
        sitemapEntries(1, entry(SLUG, "2024-03-04T10:00:00Z") + "," + entry("second", "2024-03-05T10:00:00Z"), 3);
        sitemapEntries(2, entry("third", "2024-03-06T10:00:00Z"), 3);
        sitemapEntries(3, "", 3);

        Document index = xml(backends.get("/sitemap.xml").body());

        assertThat(index.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
        assertThat(texts(index, "loc")).containsExactly(SITE + "/sitemaps/1.xml", SITE + "/sitemaps/2.xml");
        Document second = xml(backends.get("/sitemaps/2.xml").body());
        assertThat(texts(second, "loc")).containsExactly(SITE + "/articles/third");
        assertThat(backends.get("/sitemaps/3.xml").status()).isEqualTo(404);
        assertThat(backends.get("/sitemaps/x.xml").status()).isEqualTo(404);
    }

    @Test
    void robotsNameTheSitemap() {
        FakeBackends.Reply robots = backends.get("/robots.txt");

        assertThat(robots.status()).isEqualTo(200);
        assertThat(robots.header("Content-Type")).startsWith("text/plain");
        assertThat(robots.body()).contains("User-agent: *").contains("Sitemap: " + SITE + "/sitemap.xml");
    }
}
