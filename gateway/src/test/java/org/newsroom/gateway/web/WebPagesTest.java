package org.newsroom.gateway.web;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "micronaut.server.port", value = "-1")
@Property(name = "jwt.secret", value = "web-pages-test-secret-0123456789abcdefghij")
@Property(name = "gateway.admin-password", value = "web-pages-test-password")
@Property(name = "gateway.rate-limit-per-second", value = "0")
@Property(name = "gateway.deletion-relay.interval", value = "1h")
@Property(name = "micronaut.http.services.articles.health-check", value = "false")
@Property(name = "micronaut.http.services.comments.health-check", value = "false")
class WebPagesTest implements TestPropertyProvider {

    // spelled out here rather than read from SecurityHeaders, so a weakened policy fails this test
    private static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: data:; "
            + "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; object-src 'none'";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        try {
            return Map.of("data.dir", Files.createTempDirectory("web-pages-test").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<String> get(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").timeout(Duration.ofSeconds(20)).build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }

    private static void assertSecuredHtml(HttpResponse<String> page) {
        assertThat(header(page, "Content-Type")).startsWith("text/html").containsIgnoringCase("charset=utf-8");
        assertThat(header(page, "Content-Security-Policy")).isEqualTo(POLICY);
        assertThat(header(page, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(header(page, "Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
    }

    // no services run behind this gateway: the rendered pages say so (503) with the same policy;
    // their content is tested against stub services in ArticlePageTest and FrontPageTest
    @Test
    void frontPageIsServedWithTheStrictPolicy() {
        HttpResponse<String> page = get("/");

        assertThat(page.statusCode()).isEqualTo(503);
        assertSecuredHtml(page);
        assertThat(page.body()).contains("could not be loaded").doesNotContain("<script");
    }

    @Test
    void articlePageIsServedWithTheStrictPolicy() {
        HttpResponse<String> page = get("/articles/israeli-defense-minister-visits-us-2024");

        assertThat(page.statusCode()).isEqualTo(503);
        assertSecuredHtml(page);
    }

    @Test
    void slugOfTheLongestAllowedLengthIsAskedForAndOneMoreIsNotFound() {
        assertThat(get("/articles/" + "a".repeat(120)).statusCode()).isEqualTo(503);
        assertThat(get("/articles/" + "a".repeat(121)).statusCode()).isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Upper-Case", "under_score", "-leading", "trailing-", "double--hyphen", "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "%2e%2e", "caf%C3%A9", "a%00b", "with%20space"})
    void malformedSlugGetsTheNotFoundPage(String slug) {
        HttpResponse<String> page = get("/articles/" + slug);

        assertThat(page.statusCode()).isEqualTo(404);
        assertSecuredHtml(page);
        assertThat(page.body()).contains("Page not found").doesNotContain("article.js").doesNotContain("<script>");
    }

    @Test
    void moderationPageIsServedWithTheStrictPolicy() {
        HttpResponse<String> page = get("/moderation");

        assertThat(page.statusCode()).isEqualTo(200);
        assertSecuredHtml(page);
        assertThat(page.body()).contains("id=\"login-form\"").contains("/static/js/moderation.js");
    }

    @Test
    void editorPageIsServedWithTheStrictPolicy() {
        HttpResponse<String> page = get("/editor");

        assertThat(page.statusCode()).isEqualTo(200);
        assertSecuredHtml(page);
        assertThat(header(page, "X-Frame-Options")).isEqualTo("DENY");
        assertThat(page.body()).contains("id=\"login-form\"").contains("id=\"article-form\"")
                .contains("<script type=\"module\" src=\"/static/js/editor.js\"></script>");
    }

    @Test
    void editorFormHasABylineFieldForTheArticlesAuthor() {
        Document page = Jsoup.parse(get("/editor").body());

        Element byline = page.selectFirst("#article-form input#author");
        assertThat(byline).isNotNull();
        assertThat(byline.attr("name")).isEqualTo("author");
        assertThat(byline.attr("type")).isEqualTo("text");
        // articles-service's ArticleInput takes an author of at most 100 characters (@Size(max = 100), after trimming)
        assertThat(byline.attr("maxlength")).isEqualTo("100");
        assertThat(byline.hasAttr("required")).as("empty means the user name (new) or the stored byline (edit)").isFalse();
        assertThat(page.select("label[for=author]")).hasSize(1);
        assertThat(page.selectFirst("label[for=author]").text()).isEqualTo("Byline");
        assertThat(byline.attr("aria-describedby").split(" ")).containsExactly("author-hint", "author-error");
        assertThat(page.selectFirst("#author-hint").text()).contains("Leave it empty to use your user name");
        assertThat(page.selectFirst("#author-error").hasAttr("hidden")).isTrue();
        // the keyboard-only browser test tabs through the fields in this order
        assertThat(page.select("#article-form input[type=text], #article-form textarea").eachAttr("id"))
                .containsExactly("title", "slug", "author", "body", "excerpt", "tags");

        // the form reads and fills it, and puts the service's 400 for "author" next to it
        String script = get("/static/js/editor-form.js").body();
        assertThat(script).contains("author: byId('author').value.trim()").contains("byId('author').value = fields.author || ''")
                .contains("author: 'Byline'");
    }

    @Test
    void theConsolesShareTheirHeadAndSignInFormAndEveryFileTheyLinkIsServed() {
        for (String console : List.of("/moderation", "/editor")) {
            Document page = Jsoup.parse(get(console).body());
            String title = console.equals("/editor") ? "Editor" : "Moderation";

            assertThat(page.title()).isEqualTo(title + " — The Daily Platform");
            assertThat(page.selectFirst("h1").text()).isEqualTo(title);
            assertThat(page.selectFirst("meta[name=robots]").attr("content")).isEqualTo("noindex");
            assertThat(page.select("#login-form #username, #login-form #password, #login-form #login")).hasSize(3);
            assertThat(page.select("#signed-in-as, #sign-out")).hasSize(2);
            assertThat(page.selectFirst("script[type=module]").attr("src")).isEqualTo("/static/js/" + console.substring(1) + ".js");
            List<String> files = new ArrayList<>(page.select("link[href^=/static/]").eachAttr("href"));
            files.addAll(page.select("script[src]").eachAttr("src"));
            assertThat(files).hasSizeGreaterThanOrEqualTo(4)
                    .allSatisfy(file -> assertThat(get(file).statusCode()).as(console + " → " + file).isEqualTo(200));
        }
    }

    @Test
    void withoutScriptAConsoleSaysItNeedsJavaScriptAndOffersNoSignInThatWouldPostThePassword() {
        for (String console : List.of("/moderation", "/editor")) {
            Document page = Jsoup.parse(get(console).body());

            assertThat(page.selectFirst("#sign-in").hasAttr("hidden")).as(console).isTrue();
            assertThat(page.selectFirst("noscript").html()).as(console).contains("needs JavaScript");
        }
        assertThat(get("/static/js/moderation.js").body()).contains("byId('sign-in').hidden = false");
        assertThat(get("/static/js/editor.js").body()).contains("showOnly('sign-in')");
    }

    @Test
    void theEditorsTextFieldsAndPreviewTakeTheDirectionOfWhatIsWritten() {
        Document page = Jsoup.parse(get("/editor").body());

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        for (String field : List.of("#title", "#author", "#body", "#excerpt", "#tags", "#search", "#preview-body", "#preview-excerpt", "#my-copy-text")) {
            assertThat(page.selectFirst(field).attr("dir")).as(field).isEqualTo("auto");
        }
    }

    @Test
    void pagesAreRevalidatedRatherThanCachedStale() {
        assertThat(header(get("/moderation"), "Cache-Control")).isEqualTo("no-cache");
        assertThat(header(get("/articles/no-such-slug-"), "Cache-Control")).isEqualTo("no-cache");
    }

    @Test
    void scriptsAreServedAsJavaScriptWithThePolicy() {
        HttpResponse<String> script = get("/static/js/article.js");

        assertThat(script.statusCode()).isEqualTo(200);
        // module scripts with nosniff only run when served with a JavaScript type
        assertThat(header(script, "Content-Type")).matches("(application|text)/javascript.*");
        assertThat(header(script, "Content-Security-Policy")).isEqualTo(POLICY);
        assertThat(header(script, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(script.body()).contains("Leave a Reply");
    }

    @Test
    void stylesheetIsServedAsCssWithThePolicy() {
        HttpResponse<String> css = get("/static/css/site.css");

        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(header(css, "Content-Type")).startsWith("text/css");
        assertThat(header(css, "Content-Security-Policy")).isEqualTo(POLICY);
        assertThat(header(css, "X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void iconIsServedAsSvg() {
        HttpResponse<String> icon = get("/static/favicon.svg");

        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(header(icon, "Content-Type")).startsWith("image/svg+xml");
    }

    @Test
    void missingStaticFileIsNotFoundAndStillNosniff() {
        HttpResponse<String> missing = get("/static/js/missing.js");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(header(missing, "X-Content-Type-Options")).isEqualTo("nosniff");
    }
}
