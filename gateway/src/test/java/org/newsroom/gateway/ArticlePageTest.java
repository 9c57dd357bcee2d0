package org.newsroom.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashMap;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.newsroom.gateway.FakeBackends.ID;
import static org.newsroom.gateway.FakeBackends.SLUG;

/** The article page as a client without script gets it: finished HTML, head metadata, threads, ETag, degradation. */
class ArticlePageTest extends FakeBackendsTest {

    static final String SITE = "https://news.example";
    static final String COMMENT_ID = "0123456789abcdef01234567";
    /** What these tests check is the page, not the services' budgets: a loaded machine must not make a page degraded. */
    static final Map<String, Object> GENEROUS_BUDGETS = Map.of("gateway.comments.timeout-ms", 5000, "gateway.articles.timeout-ms", 5000);
    private static final ObjectMapper JACKSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        backends = pagesGateway(Map.of("site.url", SITE + "/", "site.name", "The Test Times"));
        warmUp("/articles/" + SLUG);
    }

    /** A gateway whose pages a loaded machine cannot degrade (no circuit, generous budgets), at {@link #SITE}, with {@code more}. */
    static FakeBackends pagesGateway(Map<String, Object> more) {
        Map<String, Object> settings = new HashMap<>(FakeBackends.NO_CIRCUIT);
        settings.putAll(GENEROUS_BUDGETS);
        settings.put("site.url", SITE);
        settings.putAll(more);
        return new FakeBackends(settings);
    }

    static Document html(FakeBackends.Reply reply) {
        assertThat(reply.header("Content-Type")).as(reply.status() + " " + reply.body()).startsWith("text/html").containsIgnoringCase("charset=utf-8");
        return Jsoup.parse(reply.body(), SITE);
    }

    private static String meta(Document page, String property) {
        Element meta = page.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
        assertThat(meta).as(property).isNotNull();
        return meta.attr("content");
    }

    private void articleWith(String title, String author, String excerpt) throws Exception {
        Map<String, Object> article = JACKSON.readValue(FakeBackends.article(ID, SLUG, "published", "open"), Map.class);
        article.put("title", title);
        article.put("author", author);
        article.put("excerpt", excerpt);
        article.put("tags", java.util.List.of("politics", "middle east"));
        article.put("updatedAt", "2024-03-05T08:00:00Z");
        backends.articles.stubFor(get(urlEqualTo("/articles/" + SLUG)).willReturn(okJson(JACKSON.writeValueAsString(article))));
    }

    @Test
    void theHeadCarriesTitleDescriptionCanonicalOpenGraphTwitterAndFeeds() throws Exception {
        articleWith("Ministers meet", "Ann Reporter", "What the ministers said.");
        backends.commentsAnswer(okJson(FakeBackends.commentPage("Hello")));

        FakeBackends.Reply reply = backends.get("/articles/" + SLUG);

        assertThat(reply.status()).isEqualTo(200);
        Document page = html(reply);
        assertThat(page.title()).startsWith("Ministers meet").endsWith("The Test Times");
        assertThat(meta(page, "description")).isEqualTo("What the ministers said.");
        assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(SITE + "/articles/" + SLUG);
        assertThat(meta(page, "og:type")).isEqualTo("article");
        assertThat(meta(page, "og:title")).isEqualTo("Ministers meet");
        assertThat(meta(page, "og:description")).isEqualTo("What the ministers said.");
        assertThat(meta(page, "og:url")).isEqualTo(SITE + "/articles/" + SLUG);
        assertThat(meta(page, "og:site_name")).isEqualTo("The Test Times");
        assertThat(meta(page, "article:published_time")).isEqualTo("2024-03-04T10:00:00Z");
        assertThat(meta(page, "article:modified_time")).isEqualTo("2024-03-05T08:00:00Z");
        assertThat(page.select("meta[property=article:tag]").eachAttr("content")).containsExactly("politics", "middle east");
        assertThat(meta(page, "twitter:card")).isEqualTo("summary");
        assertThat(meta(page, "twitter:title")).isEqualTo("Ministers meet");
        assertThat(page.select("link[rel=alternate][type=application/atom+xml]").eachAttr("href"))
                .containsExactly(SITE + "/feed.atom", SITE + "/articles/" + SLUG + "/comments/feed.atom");
    }

    @Test
    void oneJsonLdNewsArticleDescribesTheArticle() throws Exception {
        articleWith("Ministers meet", "Ann Reporter", "What the ministers said.");
        backends.commentsAnswer(okJson(FakeBackends.commentPage("Hello")));

        Document page = html(backends.get("/articles/" + SLUG));

        assertThat(page.select("script[type=application/ld+json]")).hasSize(1);
        JsonNode ld = JACKSON.readTree(page.selectFirst("script[type=application/ld+json]").data());
        assertThat(ld.path("@context").asText()).isEqualTo("https://schema.org");
        assertThat(ld.path("@type").asText()).isEqualTo("NewsArticle");
        assertThat(ld.path("headline").asText()).isEqualTo("Ministers meet");
        assertThat(ld.path("datePublished").asText()).isEqualTo("2024-03-04T10:00:00Z");
        assertThat(ld.path("dateModified").asText()).isEqualTo("2024-03-05T08:00:00Z");
        assertThat(ld.path("author").path("name").asText()).isEqualTo("Ann Reporter");
        assertThat(ld.path("publisher").path("name").asText()).isEqualTo("The Test Times");
        assertThat(ld.path("url").asText()).isEqualTo(SITE + "/articles/" + SLUG);
        assertThat(ld.path("keywords").asText()).isEqualTo("politics, middle east");
        assertThat(ld.path("commentCount").asInt()).isEqualTo(1);
    }

    @Test
    void theBodyTheThreadsAndTheReplyFormAreInTheHtml() {
        backends.commentsAnswer(okJson(FakeBackends.commentPage("Hello there")));

        FakeBackends.Reply reply = backends.get("/articles/" + SLUG);
        Document page = html(reply);

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(page.selectFirst("#article-title").text()).isEqualTo("T");
        assertThat(page.selectFirst("#article-body").html()).contains("<p>b</p>");
        Element comment = page.getElementById("comment-" + COMMENT_ID);
        assertThat(comment).isNotNull();
        assertThat(comment.text()).contains("Dana").contains("Hello there");
        assertThat(comment.selectFirst("a.author").attr("rel")).isEqualTo("nofollow ugc");
        assertThat(comment.selectFirst("a.reply-link").attr("href")).isEqualTo("/articles/" + SLUG + "?replytocom=" + COMMENT_ID + "#respond");
        assertThat(page.selectFirst("#comments-title").text()).isEqualTo("1 Comment");
        Element form = page.selectFirst("form#comment-form");
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.attr("action")).isEqualTo("/articles/" + SLUG + "/comments#respond");
        assertThat(form.select("[name]").eachAttr("name"))
                .containsExactlyInAnyOrder("content", "authorName", "authorEmail", "authorUrl", "notify", "parentId");
        assertThat(form.selectFirst("#notify").hasAttr("checked")).isFalse();
        assertThat(page.selectFirst("#respond").text()).contains("Leave a Reply")
                .contains("Your email address will not be published. Required fields are marked *");
    }

    @Test
    void theArticleAndItsCommentsTakeTheDirectionOfTheirOwnTextInAnEnglishPage() throws Exception {
        articleWith("وزير الدفاع يزور واشنطن", "דנה", "מה נאמר");
        backends.commentsAnswer(okJson(FakeBackends.commentPage("שלום לכולם")));

        Document page = html(backends.get("/articles/" + SLUG));

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.selectFirst("#article-title").text()).isEqualTo("وزير الدفاع يزور واشنطن");
        for (String userText : java.util.List.of("#article-title", "#article-body", "#comment-" + COMMENT_ID + " .comment-content",
                "#article-tags a", "#q", "#comment", "#author")) {
            assertThat(page.selectFirst(userText).attr("dir")).as(userText).isEqualTo("auto");
        }
        assertThat(page.select("#comment-" + COMMENT_ID + " .author > bdi")).hasSize(1);
        assertThat(page.select("#article-meta .byline > bdi").text()).isEqualTo("דנה");
    }

    @Test
    void onThePageTheBodyKeepsOneH1ImagesHaveAltAndAKeyboardCanScrollCodeAndTables() throws Exception {
        String bodyHtml = "<h1>Part one</h1><p>About &lt;h1&gt;</p><h2>Details</h2><p><img src=\"https://example.org/a.png\" /></p>"
                + "<pre><code>x</code></pre><table><tr><td>1</td></tr></table>";
        Map<String, Object> article = JACKSON.readValue(FakeBackends.article(ID, SLUG, "published", "open"), Map.class);
        article.put("bodyHtml", bodyHtml);
        backends.articles.stubFor(get(urlEqualTo("/articles/" + SLUG)).willReturn(okJson(JACKSON.writeValueAsString(article))));
        backends.commentsAnswer(okJson(FakeBackends.commentPage("Hello")));

        FakeBackends.Reply reply = backends.get("/articles/" + SLUG);
        Document page = html(reply);

        assertThat(page.select("h1").eachText()).containsExactly("T");
        Element body = page.selectFirst("#article-body");
        assertThat(body.select("h2").eachText()).containsExactly("Part one");
        assertThat(body.select("h3").eachText()).containsExactly("Details");
        assertThat(body.selectFirst("p").text()).isEqualTo("About <h1>");
        assertThat(body.selectFirst("img").hasAttr("alt")).isTrue();
        assertThat(body.selectFirst("img").attr("alt")).isEmpty();
        assertThat(body.selectFirst("pre").attr("tabindex")).isEqualTo("0");
        assertThat(body.selectFirst("table").attr("tabindex")).isEqualTo("0");
        FakeBackends.Reply again = backends.get("/articles/" + SLUG, Map.of("If-None-Match", reply.header("ETag")));
        assertThat(again.status()).as("the same view, the same page").isEqualTo(304);
        FakeBackends.Reply api = backends.get("/api/articles/" + SLUG, Map.of("Accept", "application/json"));
        assertThat(JACKSON.readTree(api.body()).path("article").path("bodyHtml").asText()).as("the API's body is as the service made it")
                .isEqualTo(bodyHtml);
    }

    @Test
    void furtherCommentPagesAreLinked() {
        backends.commentsAnswer(okJson(FakeBackends.commentPage("Hello").replace("\"totalPages\":1", "\"totalPages\":3")));

        Document page = html(backends.get("/articles/" + SLUG));

        assertThat(page.selectFirst("#comment-pager a.next").attr("href")).isEqualTo("/articles/" + SLUG + "?cpage=2#comments");
    }

    @Test
    void hostileTitleNamesAndCommentsStayInertInTagsAndJsonLd() throws Exception {
        String title = "</script><script>alert(1)</script> \"quoted\" & 'single' \u2028";
        String author = "<img src=x onerror=alert(2)>";
        articleWith(title, author, "\"><script>alert(3)</script>");
        backends.commentsAnswer(okJson(FakeBackends.commentPage("safe").replace("\"authorName\":\"Dana\"",
                "\"authorName\":\"</script><b onmouseover=alert(4)>x</b>\"").replace("https://dana.example", "javascript:alert(5)")));

        FakeBackends.Reply reply = backends.get("/articles/" + SLUG);
        Document page = html(reply);

        assertThat(page.select("script")).hasSize(2);
        assertThat(page.select("script[type=module]").attr("src")).isEqualTo("/static/js/article.js");
        assertThat(page.select("img, b[onmouseover]")).isEmpty();
        assertThat(page.title()).startsWith(title.trim());
        assertThat(meta(page, "og:title")).isEqualTo(title);
        JsonNode ld = JACKSON.readTree(page.selectFirst("script[type=application/ld+json]").data());
        assertThat(ld.path("headline").asText()).isEqualTo(title);
        assertThat(ld.path("author").path("name").asText()).isEqualTo(author);
        assertThat(page.selectFirst("script[type=application/ld+json]").data()).doesNotContain("<", ">");
        Element comment = page.getElementById("comment-" + COMMENT_ID);
        assertThat(comment.selectFirst(".author").text()).isEqualTo("</script><b onmouseover=alert(4)>x</b>");
        assertThat(comment.select("a.author")).as("a javascript: site is no link").isEmpty();
        assertThat(reply.body()).doesNotContain("javascript:");
    }

    @Test
    void thePageCarriesTheStrictContentSecurityPolicy() {
        backends.commentsAnswer(okJson(FakeBackends.commentPage("Hello")));

        FakeBackends.Reply reply = backends.get("/articles/" + SLUG);

        assertThat(reply.header("Content-Security-Policy")).contains("script-src 'self'").contains("form-action 'self'");
        assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void thePageCarriesAnETagAndAnswers304WhileItStillMatches() {
        backends.commentsAnswer(okJson(FakeBackends.commentPage("Hello")));

        FakeBackends.Reply first = backends.get("/articles/" + SLUG);
        assertThat(first.header("ETag")).isNotBlank();
        assertThat(first.header("Cache-Control")).isEqualTo("no-cache");

        FakeBackends.Reply again = backends.get("/articles/" + SLUG, Map.of("If-None-Match", first.header("ETag")));
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();

        backends.commentsAnswer(okJson(FakeBackends.commentPage("Hello, edited")));
        FakeBackends.Reply changed = backends.get("/articles/" + SLUG, Map.of("If-None-Match", first.header("ETag")));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.header("ETag")).isNotEqualTo(first.header("ETag"));
    }

    @Test
    void whenCommentsServiceFailsTheArticleStillRendersWithANoteAndIsNotStored() {
        backends.commentsAnswer(aResponse().withStatus(500));

        FakeBackends.Reply reply = backends.get("/articles/" + SLUG);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("ETag")).isNull();
        assertThat(reply.header("Cache-Control")).isEqualTo("no-store");
        Document page = html(reply);
        assertThat(page.selectFirst("#article-body").text()).isEqualTo("b");
        assertThat(page.selectFirst("#comments-note").text()).isEqualTo("Comments could not be loaded right now.");
        assertThat(page.selectFirst("#comments-title").text()).isEqualTo("Comments");
    }

    @Test
    void anArticleWithoutCommentsSaysSoInTheHeadingRatherThanACountMissing() {
        backends.commentsAnswer(okJson("{\"items\":[],\"page\":1,\"size\":20,\"total\":0,\"totalPages\":0,\"count\":0}"));

        Document open = html(backends.get("/articles/" + SLUG));
        backends.articles.stubFor(get(urlEqualTo("/articles/" + SLUG)).willReturn(okJson(FakeBackends.article(ID, SLUG, "published", "closed"))));
        Document closed = html(backends.get("/articles/" + SLUG));

        assertThat(open.selectFirst("#comments-title").text()).isEqualTo("No comments yet");
        assertThat(closed.selectFirst("#comments-title").text()).isEqualTo("No comments");
    }

    @Test
    void cancelReplyIsOnlyOnAPageOpenedAsAReplySoThatAReaderWithoutScriptNeverSeesALinkThatDoesNothing() {
        backends.commentsAnswer(okJson(FakeBackends.commentPage("Hello")));

        Document page = html(backends.get("/articles/" + SLUG));

        assertThat(page.selectFirst("#reply-title-text").text()).isEqualTo("Leave a Reply");
        assertThat(page.selectFirst("#cancel-reply")).isNull();
        assertThat(page.selectFirst("#reply-title").text()).isEqualTo("Leave a Reply");
    }

    @Test
    void aReplyLinkToACommentThisPageDoesNotShowIsIgnoredAsWordPressDoes() {
        backends.commentsAnswer(okJson(FakeBackends.commentPage("Hello")));
        String elsewhere = "e".repeat(24);

        FakeBackends.Reply reply = backends.get("/articles/" + SLUG + "?replytocom=" + elsewhere);

        assertThat(reply.status()).isEqualTo(200);
        Document page = html(reply);
        assertThat(page.selectFirst("#reply-title-text").text()).isEqualTo("Leave a Reply");
        assertThat(page.selectFirst("#parent-id").val()).isEmpty();
        assertThat(page.selectFirst("#cancel-reply")).isNull();
    }

    @Test
    void aReplyLinkToAnotherArticlesCommentIsNotSentToThatCommentsPageNumberHere() {
        String elsewhere = "e".repeat(24);
        backends.comments.stubFor(get(urlPathEqualTo("/comments/" + elsewhere + "/position"))
                .willReturn(okJson("{\"id\":\"" + elsewhere + "\",\"rootId\":\"" + elsewhere + "\",\"page\":2,\"size\":20}")));
        backends.commentsAnswer(okJson(FakeBackends.commentPage("Hello").replace("\"totalPages\":1", "\"totalPages\":2")));

        FakeBackends.Reply reply = backends.get("/articles/" + SLUG + "?replytocom=" + elsewhere);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(html(reply).selectFirst("#parent-id").val()).isEmpty();
        assertThat(html(reply).selectFirst("#reply-title-text").text()).isEqualTo("Leave a Reply");
    }

    @Test
    void aBrowserAskingForAnAddressTheSiteDoesNotHaveGetsTheSitesOwnErrorPage() {
        Map<String, String> browser = Map.of("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");

        FakeBackends.Reply unknown = backends.get("/no-such-page", browser);
        FakeBackends.Reply wrongMethod = backends.send("DELETE", "/articles/" + SLUG, null, browser);

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(wrongMethod.status()).isEqualTo(405);
        for (FakeBackends.Reply reply : java.util.List.of(unknown, wrongMethod)) {
            Document page = html(reply);
            assertThat(page.selectFirst("header.masthead a.brand").text()).isEqualTo("The Test Times");
            assertThat(page.select("link[rel=stylesheet]").attr("href")).isEqualTo("/static/css/site.css");
            assertThat(page.select("style, [style]")).as("an inline style the site's policy would block").isEmpty();
            assertThat(page.selectFirst("meta[name=robots]").attr("content")).contains("noindex");
            assertThat(reply.header("Content-Security-Policy")).contains("style-src 'self'");
        }
        assertThat(html(unknown).selectFirst("h1").text()).isEqualTo("Page not found");
        assertThat(html(wrongMethod).selectFirst("h1").text()).isEqualTo("This page cannot be opened");
        assertThat(wrongMethod.header("Allow")).contains("GET");
    }

    @Test
    void anUnknownArticleIsANotFoundPage() {
        backends.articles.stubFor(get(urlEqualTo("/articles/no-such-article")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"status\":404}")));

        FakeBackends.Reply reply = backends.get("/articles/no-such-article");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(html(reply).selectFirst("h1").text()).isEqualTo("Page not found");
    }

    @Test
    void whenArticlesServiceFailsThePageSaysSoWith503() {
        backends.articles.stubFor(get(urlEqualTo("/articles/" + SLUG)).willReturn(aResponse().withStatus(503)));

        FakeBackends.Reply reply = backends.get("/articles/" + SLUG);

        assertThat(reply.status()).isEqualTo(503);
        assertThat(html(reply).selectFirst("h1").text()).contains("could not be loaded");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "0", "-1", "1e3", "%00", "%2B2", "2.0"})
    void aMalformedCommentPageNumberShowsTheFirstPage(String cpage) {
        backends.commentsAnswer(okJson(FakeBackends.commentPage("Hello")));

        FakeBackends.Reply reply = backends.get("/articles/" + SLUG + "?cpage=" + cpage);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(html(reply).getElementById("comment-" + COMMENT_ID)).isNotNull();
    }

    @Test
    void aCommentPageBeyondTheLastIsTheNotFoundPage() {
        backends.commentsAnswer(okJson("{\"items\":[],\"page\":3,\"size\":20,\"total\":21,\"totalPages\":2,\"count\":21}"));

        for (String cpage : new String[] {"3", "99"}) {
            FakeBackends.Reply reply = backends.get("/articles/" + SLUG + "?cpage=" + cpage);

            assertThat(reply.status()).as("cpage=" + cpage).isEqualTo(404);
            assertThat(html(reply).selectFirst("h1").text()).isEqualTo("Page not found");
        }
        backends.commentsAnswer(okJson(FakeBackends.commentPage("On the last page").replace("\"page\":1", "\"page\":2")
                .replace("\"totalPages\":1", "\"totalPages\":2")));
        assertThat(backends.get("/articles/" + SLUG + "?cpage=2").status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"99999999999999", "99999999999999999999", "0002147483648"})
    void aCommentPageNumberTooLargeForAnyStoreIsPastTheLastToo(String cpage) {
        backends.commentsAnswer(okJson(FakeBackends.commentPage("On the first page")));
        backends.comments.stubFor(get(urlPathEqualTo("/articles/" + ID + "/comments")).withQueryParam("page", equalTo("2147483647"))
                .willReturn(okJson("{\"items\":[],\"page\":2147483647,\"size\":20,\"total\":1,\"totalPages\":1,\"count\":1}")));

        FakeBackends.Reply reply = backends.get("/articles/" + SLUG + "?cpage=" + cpage);

        assertThat(reply.status()).isEqualTo(404);
        assertThat(html(reply).selectFirst("h1").text()).isEqualTo("Page not found");
    }

    @Test
    void theFirstCommentPageOfAnArticleWithoutCommentsIsThere() {
        backends.commentsAnswer(okJson("{\"items\":[],\"page\":1,\"size\":20,\"total\":0,\"totalPages\":0,\"count\":0}"));

        assertThat(backends.get("/articles/" + SLUG + "?cpage=1").status()).isEqualTo(200);
        assertThat(backends.get("/articles/" + SLUG).status()).isEqualTo(200);
    }

    @Test
    void theAddressWithATrailingSlashMovesPermanentlyToTheCanonicalOneKeepingTheQuery() {
        backends.commentsAnswer(okJson(FakeBackends.commentPage("Hello")));

        FakeBackends.Reply plain = backends.get("/articles/" + SLUG + "/");
        FakeBackends.Reply withQuery = backends.get("/articles/" + SLUG + "/?cpage=2&replytocom=" + COMMENT_ID);

        assertThat(plain.status()).isEqualTo(301);
        assertThat(plain.header("Location")).isEqualTo("/articles/" + SLUG);
        assertThat(withQuery.status()).isEqualTo(301);
        assertThat(withQuery.header("Location")).isEqualTo("/articles/" + SLUG + "?cpage=2&replytocom=" + COMMENT_ID);
    }

    @Test
    void namesAndBylinesAreIsolatedSoAnUnclosedBidiOverrideCannotTurnTheRestOfTheLineAround() throws Exception {
        articleWith("Ministers meet", "\u202EAnn", "What the ministers said.");
        backends.commentsAnswer(okJson(FakeBackends.commentPage("Hello").replace("\"authorName\":\"Dana\"", "\"authorName\":\"\u202EDana\"")));

        Document page = html(backends.get("/articles/" + SLUG + "?replytocom=" + COMMENT_ID));

        assertThat(page.selectFirst("#article-meta .byline > bdi").text()).isEqualTo("\u202EAnn");
        assertThat(page.selectFirst("#comment-" + COMMENT_ID + " .comment-meta .author > bdi").text()).isEqualTo("\u202EDana");
        assertThat(page.selectFirst("#reply-title-text > bdi").text()).isEqualTo("\u202EDana");
        assertThat(page.selectFirst("#reply-title-text").text()).isEqualTo("Reply to \u202EDana");
    }

    @Test
    void theReplyLinkWithoutScriptOpensTheFormAsAReplyToThatComment() {
        backends.commentsAnswer(okJson(FakeBackends.commentPage("Hello")));

        Document page = html(backends.get("/articles/" + SLUG + "?replytocom=" + COMMENT_ID));

        assertThat(page.selectFirst("#reply-title-text").text()).isEqualTo("Reply to Dana");
        assertThat(page.selectFirst("#parent-id").val()).isEqualTo(COMMENT_ID);
        assertThat(page.selectFirst("#cancel-reply").hasAttr("hidden")).isFalse();
        assertThat(page.selectFirst("#cancel-reply").attr("href")).isEqualTo("/articles/" + SLUG + "#respond");
    }

    @Test
    void onALaterCommentPageReplyAndCancelReplyStayOnThatPage() {
        backends.commentsAnswer(okJson(FakeBackends.commentPage("Hello").replace("\"page\":1", "\"page\":2")
                .replace("\"totalPages\":1", "\"totalPages\":2")));

        Document page = html(backends.get("/articles/" + SLUG + "?cpage=2&replytocom=" + COMMENT_ID));

        assertThat(page.selectFirst("#reply-title-text").text()).isEqualTo("Reply to Dana");
        assertThat(page.selectFirst("#cancel-reply").attr("href")).isEqualTo("/articles/" + SLUG + "?cpage=2#respond");
        assertThat(page.selectFirst("#comment-" + COMMENT_ID + " a.reply-link").attr("href"))
                .isEqualTo("/articles/" + SLUG + "?cpage=2&replytocom=" + COMMENT_ID + "#respond");
    }

    @Test
    void aReplyLinkWithoutTheCommentPageGoesToThePageShowingThatCommentWhereTheFormRepliesToIt() {
        backends.comments.stubFor(get(urlPathEqualTo("/comments/" + COMMENT_ID + "/position")).withQueryParam("size", equalTo("20"))
                .willReturn(okJson("{\"id\":\"" + COMMENT_ID + "\",\"rootId\":\"" + COMMENT_ID + "\",\"page\":2,\"size\":20}")));
        backends.commentsAnswer(okJson(FakeBackends.commentPage("Hello").replace("\"page\":1", "\"page\":2")
                .replace("\"totalPages\":1", "\"totalPages\":2")));

        FakeBackends.Reply fromPageOne = backends.get("/articles/" + SLUG + "?replytocom=" + COMMENT_ID);
        Document page = html(backends.get("/articles/" + SLUG + "?cpage=2&replytocom=" + COMMENT_ID));

        assertThat(fromPageOne.status()).isEqualTo(302);
        assertThat(fromPageOne.header("Location")).isEqualTo("/articles/" + SLUG + "?cpage=2&replytocom=" + COMMENT_ID + "#respond");
        assertThat(page.selectFirst("#reply-title-text").text()).isEqualTo("Reply to Dana");
        assertThat(page.selectFirst("#parent-id").val()).isEqualTo(COMMENT_ID);
        assertThat(page.selectFirst("#cancel-reply").attr("href")).isEqualTo("/articles/" + SLUG + "?cpage=2#respond");
    }
}
