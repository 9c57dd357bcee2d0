package org.newsroom.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader, crawler or preview bot that runs no script, against the whole stack started from the
 * jars (so the precompiled templates are proven to be in the gateway's jar): finished pages with
 * their metadata, a reply through the plain form, the feeds and the sitemap.
 */
class NoScriptReaderTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private static Stack stack;
    private static Api api;
    private static Api moderator;
    private static String slug;

    @BeforeAll
    static void start() {
        stack = Stack.shared();
        api = stack.api();
        Api admin = api.as(api.login("admin", Stack.ADMIN_PASSWORD));
        moderator = api.as(api.login("moderator", Stack.MODERATOR_PASSWORD));
        slug = Fixtures.publishedArticle(admin, "open");
    }

    /** SITE_URL is not set in the test stack: its default, the gateway on localhost. */
    private static String site() {
        return "http://localhost:" + stack.gateway().port();
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + path)));
    }

    private static HttpResponse<String> postForm(String path, Map<String, String> fields) {
        return postForm(path, fields, Map.of());
    }

    private static HttpResponse<String> postForm(String path, Map<String, String> fields, Map<String, String> headers) {
        String body = fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Forwarded-For", Fixtures.clientIp())
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(request);
    }

    private static HttpResponse<String> get(String path, String cookie) {
        return send(HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + path)).header("Cookie", cookie));
    }

    @Test
    void theArticlePageIsFinishedHtmlWithItsMetadata() throws Exception {
        HttpResponse<String> response = get("/articles/" + slug);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("ETag")).isPresent();
        Document page = Jsoup.parse(response.body());
        String title = page.selectFirst("#article-title").text();
        assertThat(title).startsWith("Acceptance article");
        assertThat(page.title()).startsWith(title);
        assertThat(page.selectFirst("#article-body h2").text()).isEqualTo("Heading");
        assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(site() + "/articles/" + slug);
        assertThat(page.select("meta[property=og:type]").attr("content")).isEqualTo("article");
        assertThat(page.select("meta[property=article:tag]").eachAttr("content")).containsExactly("testing");
        JsonNode ld = Api.JSON.readTree(page.selectFirst("script[type=application/ld+json]").data());
        assertThat(ld.path("@type").asText()).isEqualTo("NewsArticle");
        assertThat(ld.path("headline").asText()).isEqualTo(title);
        assertThat(page.selectFirst("form#comment-form").attr("method")).isEqualTo("post");
    }

    @Test
    void aReplyPostedWithoutScriptIsHeldThenShownOnceApproved() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("authorName", "No Script");
        fields.put("authorEmail", Fixtures.email());
        fields.put("authorUrl", "");
        fields.put("content", Fixtures.unique("Posted from a plain form"));
        fields.put("parentId", "");
        fields.put("notify", "true");

        HttpResponse<String> posted = postForm("/articles/" + slug + "/comments", fields);

        assertThat(posted.statusCode()).isEqualTo(303);
        String location = posted.headers().firstValue("Location").orElseThrow();
        assertThat(location).contains("?awaiting=");
        String noteCookie = posted.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("awaiting-moderation="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
        HttpResponse<String> note = get(location.substring(0, location.indexOf('#')), noteCookie);
        assertThat(note.headers().firstValue("Cache-Control")).contains("private, no-store");
        assertThat(Jsoup.parse(note.body()).selectFirst("#awaiting-moderation").text()).contains("awaiting moderation");
        assertThat(Jsoup.parse(get(location.substring(0, location.indexOf('#'))).body()).selectFirst("#awaiting-moderation"))
                .as("the link alone, shared with someone else, shows no note").isNull();

        JsonNode queue = moderator.get("/api/moderation/comments?status=pending&article=" + slug + "&size=100").json();
        String id = null;
        for (JsonNode item : queue.path("items")) {
            if (item.path("content").asText().equals(fields.get("content"))) {
                id = item.path("id").asText();
            }
        }
        assertThat(id).isNotNull();
        assertThat(moderator.patch("/api/moderation/comments/" + id, Map.of("status", "approved")).status()).isEqualTo(200);
        String approvedId = id;
        assertThat(Poll.until(Duration.ofSeconds(15), () -> Jsoup.parse(get("/articles/" + slug).body()).getElementById("comment-" + approvedId) != null))
                .as("the approved reply shows on the page").isTrue();

        Document page = Jsoup.parse(get("/articles/" + slug).body());
        assertThat(page.getElementById("comment-" + id).text()).contains(fields.get("content")).contains("No Script");
    }

    @Test
    void aReplyOnTheSecondCommentPageIsShownThereAndItsPosterEditsItWithoutScript() {
        Api admin = api.as(api.login("admin", Stack.ADMIN_PASSWORD));
        String article = Fixtures.publishedArticle(admin, "open");
        String lastThread = null;
        for (int i = 0; i < 21; i++) {
            Api.Reply thread = moderator.post("/api/articles/" + article + "/comments", Fixtures.comment(Fixtures.email(), "Thread " + i));
            assertThat(thread.status()).as(thread.body()).isEqualTo(201);
            lastThread = thread.json().path("id").asText();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("authorName", "No Script");
        fields.put("authorEmail", Fixtures.email());
        fields.put("content", "A reply on the second page");
        fields.put("parentId", lastThread);

        // as a moderator, so that the reply is approved at once
        HttpResponse<String> posted = postForm("/articles/" + article + "/comments", fields,
                Map.of("Authorization", "Bearer " + api.login("moderator", Stack.MODERATOR_PASSWORD)));

        assertThat(posted.statusCode()).isEqualTo(303);
        String location = posted.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith("/articles/" + article + "?cpage=2#comment-");
        String id = location.substring(location.indexOf("#comment-") + "#comment-".length());
        String cookie = posted.headers().allValues("Set-Cookie").stream().filter(value -> value.startsWith("comment-edit-" + id + "="))
                .findFirst().orElseThrow().split(";")[0];
        ServiceProcess.sleep(1100);
        Document secondPage = Jsoup.parse(get(location.substring(0, location.indexOf('#')), cookie).body());
        String editPath = secondPage.select("#comment-" + id + " .edit-link").attr("href");
        assertThat(editPath).isEqualTo("/articles/" + article + "/comments/" + id + "/edit");
        assertThat(Jsoup.parse(get(location.substring(0, location.indexOf('#'))).body()).select(".edit-link")).isEmpty();

        Document editPage = Jsoup.parse(get(editPath, cookie).body());
        assertThat(editPage.selectFirst("#comment").val()).isEqualTo("A reply on the second page");
        HttpResponse<String> saved = postForm(editPath, Map.of("content", "A reply, corrected", "intent", "save"), Map.of("Cookie", cookie));

        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.headers().firstValue("Location").orElseThrow()).isEqualTo(location);
        ServiceProcess.sleep(1100);
        String shown = Jsoup.parse(get(location.substring(0, location.indexOf('#'))).body()).getElementById("comment-" + id).text();
        assertThat(shown).contains("A reply, corrected", "(edited)");
    }

    @Test
    void anInvalidReplyComesBackWithTheReasonAndWhatWasTyped() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("authorName", "Typist");
        fields.put("authorEmail", "not-an-email");
        fields.put("content", "Words I typed");

        HttpResponse<String> refused = postForm("/articles/" + slug + "/comments", fields);

        assertThat(refused.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.selectFirst("#email-error").text()).startsWith("Email");
        assertThat(page.selectFirst("#comment").val()).isEqualTo("Words I typed");
    }

    /**
     * A form the gateway takes (up to 128 KiB urlencoded, 64 KiB once decoded) reaches comments-service whole, however
     * its JSON grows: the text over 10,000 characters is refused by the content rule and named, as in a short form, never
     * as a body too large.
     */
    @ParameterizedTest
    @CsvSource({"字, 12000", "é, 12000", "\uD83D\uDE00, 10001"})
    void aReplyOverTenThousandCharactersComesBackNamingTheFieldWhateverTheFormsSize(String character, int times) {
        String text = character.repeat(times);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("authorName", "Typist");
        fields.put("authorEmail", Fixtures.email());
        fields.put("content", text);
        assertThat(URLEncoder.encode(text, StandardCharsets.UTF_8).length()).isBetween(65_537, 131_072 - 200);

        HttpResponse<String> refused = postForm("/articles/" + slug + "/comments", fields);

        assertThat(refused.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.selectFirst("#comment-error").text()).isEqualTo("Comment must be at most 10000 characters.");
        assertThat(page.selectFirst("#comment").val()).isEqualTo(text);
    }

    @Test
    void theFrontPageFeedsSitemapAndRobotsAreServed() {
        Document front = Jsoup.parse(get("/?tag=testing").body());
        assertThat(front.select("#articles li.article-item[data-slug=" + slug + "]")).hasSize(1);

        assertThat(get("/feed.atom").body()).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"")
                .contains(site() + "/articles/" + slug);
        assertThat(get("/sitemap.xml").body()).contains("<loc>" + site() + "/articles/" + slug + "</loc>");
        assertThat(get("/comments/feed.atom").statusCode()).isEqualTo(200);
        assertThat(get("/articles/" + slug + "/comments/feed.atom").statusCode()).isEqualTo(200);
        assertThat(get("/robots.txt").body()).contains("Sitemap: " + site() + "/sitemap.xml");
        assertThat(get("/articles/no-such-article-here").statusCode()).isEqualTo(404);
    }
}
