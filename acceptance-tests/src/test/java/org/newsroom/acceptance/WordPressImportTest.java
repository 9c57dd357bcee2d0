package org.newsroom.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ./import's jar run against the real stack with WordPress's theme unit test export (WXR 1.2,
 * threads 10 deep, pending comments, pingbacks, pages, menu items), read back through the public API.
 */
class WordPressImportTest {

    private static final Path EXPORTS = Platform.root().resolve("wordpress-import/src/test/resources/wxr");
    private static Api anonymous;
    private static Api moderator;
    private static Run first;

    @BeforeAll
    static void importTheThemeUnitTestExport() {
        anonymous = Stack.shared().api();
        moderator = anonymous.as(anonymous.login("moderator", Stack.MODERATOR_PASSWORD));
        first = importer(EXPORTS.resolve("theme-unit-test.xml"), Stack.ADMIN_PASSWORD);
    }

    @Test
    void postsBecomeArticlesAndOtherItemsAreSkippedAndCounted() {
        assertThat(first.exit()).as(first.toString()).isZero();
        assertThat(first.out()).contains("Articles: 58 created", "Comments approved: 23 created", "Comments pending: 1 created",
                "Skipped item of type page: 21", "Skipped item of type attachment: 37", "Skipped item of type nav_menu_item: 70", "Skipped pingback: 2", "Skipped trackback: 2",
                "Published, password-protected in WordPress: 1");
        assertThat(first.err()).contains("\"Template: Password Protected (the password is \"enter\")\" was password-protected in WordPress");
        JsonNode article = anonymous.get("/api/articles/template-comments").json().path("article");
        assertThat(article.path("bodyFormat").asText()).isEqualTo("html");
        assertThat(article.path("publishedAt").asText()).isEqualTo("2012-01-03T17:11:37Z");
        assertThat(article.path("bodyHtml").asText()).doesNotContain("<!--");
        assertThat(anonymous.get("/api/articles/scheduled").status()).as("a future post is a draft").isEqualTo(404);
        assertThat(anonymous.get("/api/articles/about").status()).as("pages are not articles").isEqualTo(404);
    }

    @Test
    void tagsArriveAsTheirNamesAllOfThem() {
        JsonNode many = anonymous.get("/api/articles/edge-case-many-tags").json().path("article").path("tags");
        List<String> names = new ArrayList<>();
        many.forEach(tag -> names.add(tag.asText()));

        assertThat(names).hasSize(45).contains("8BIT", "Codex", "Must Read", "Post Formats", "content περιεχόμενο");
        assertThat(anonymous.get("/api/articles/post-format-gallery").json().path("article").path("tags").toString())
                .contains("\"Post Formats\"");
        assertThat(anonymous.get("/api/articles?tag=post%20formats&size=100").json().path("total").asInt())
                .as("a tag matches whatever its case").isGreaterThanOrEqualTo(10);
    }

    @Test
    void approvedThreadsShowNestedAndCappedAtFiveLevels() {
        JsonNode comments = anonymous.get("/api/articles/template-comments?size=100").json().path("comments");

        assertThat(comments.path("count").asLong()).isEqualTo(19);
        assertThat(comments.path("total").asLong()).isEqualTo(10);
        int deepest = 0;
        for (JsonNode thread : comments.path("items")) {
            deepest = Math.max(deepest, depth(thread));
        }
        assertThat(deepest).isEqualTo(5);
        assertThat(comments.path("items").get(0).path("createdAt").asText()).as("the original date").isLessThan("2014");
    }

    @Test
    void heldCommentsAreInTheModerationQueueWithTheirPrivateFields() {
        JsonNode pending = moderator.get("/api/moderation/comments?status=pending&article=template-comments").json();

        assertThat(pending.path("total").asLong()).isEqualTo(1);
        assertThat(pending.path("items").get(0).path("authorName").asText()).isEqualTo("auser");
        assertThat(pending.path("items").get(0).has("authorEmail")).isTrue();
    }

    @Test
    void theOldSitesPermalinksMoveToTheArticlesHere() {
        for (String permalink : List.of("/2012/01/03/template-comments/", "/2009/06/01/edge-case-many-tags/", "/template-comments/")) {
            Api.Reply moved = anonymous.with("Accept", "text/html").get(permalink);
            assertThat(moved.status()).as(permalink).isEqualTo(301);
            String location = moved.header("Location");
            assertThat(location).as(permalink).startsWith("/articles/");
            assertThat(anonymous.with("Accept", "text/html").get(location).status()).as(location).isEqualTo(200);
        }
        Api.Reply tag = anonymous.with("Accept", "text/html").get("/tag/post-formats/");
        assertThat(tag.header("Location")).as("a tag's WordPress slug").isEqualTo("/?tag=post+formats");
        assertThat(anonymous.with("Accept", "text/html").get(tag.header("Location")).body()).contains("post-format-gallery");
        assertThat(anonymous.with("Accept", "text/html").get("/2012/01/03/scheduled/").status())
                .as("a post imported as a draft").isEqualTo(404);
    }

    @Test
    void aSecondRunChangesNothing() {
        long before = anonymous.get("/api/articles/template-comments?size=100").json().path("comments").path("count").asLong();

        Run again = importer(EXPORTS.resolve("theme-unit-test.xml"), Stack.ADMIN_PASSWORD);

        assertThat(again.exit()).as(again.toString()).isZero();
        assertThat(again.out()).contains("Articles: 0 created").doesNotContain(" 1 created", "updated");
        assertThat(again.out()).containsPattern("Comments approved: 0 created, \\d+ unchanged");
        assertThat(anonymous.get("/api/articles/template-comments?size=100").json().path("comments").path("count").asLong())
                .isEqualTo(before);
        assertThat(moderator.get("/api/moderation/comments?status=pending&article=template-comments").json().path("total").asLong())
                .isEqualTo(1);
    }

    @Test
    void aTruncatedFileImportsNothing() {
        Run run = importer(EXPORTS.resolve("truncated.xml"), Stack.ADMIN_PASSWORD);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("not well-formed XML at line");
        assertThat(anonymous.get("/api/articles/first-post-fine").status()).isEqualTo(404);
    }

    @Test
    void aFileWithADoctypeIsRefusedAndImportsNothing() {
        Run run = importer(EXPORTS.resolve("doctype-xxe.xml"), Stack.ADMIN_PASSWORD);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("DOCTYPE");
        assertThat(run.out()).as("stopped before signing in").doesNotContain("Articles:");
    }

    @Test
    void aWrongPasswordStopsBeforeAnythingIsWritten() {
        Run run = importer(EXPORTS.resolve("wxr-1.0-odd-prefixes.xml"), "not-the-password");

        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.err()).contains("refused admin's password");
        assertThat(anonymous.get("/api/articles/old-post").status()).isEqualTo(404);
    }

    @Test
    void unicodeSlugsTitlesAndCommentsArriveIntact() {
        Run run = importer(EXPORTS.resolve("wxr-1.1-https-text.xml"), Stack.ADMIN_PASSWORD);

        assertThat(run.exit()).as(run.toString()).isZero();
        String slug = anonymous.get("/api/articles?q=emoji").json().path("items").get(0).path("slug").asText();
        assertThat(slug).endsWith("-world");
        JsonNode view = anonymous.get("/api/articles/" + slug).json();
        assertThat(view.path("article").path("title").asText()).isEqualTo("Emoji \uD83C\uDF89 and \u05e9\u05dc\u05d5\u05dd");
        assertThat(view.path("article").path("body").asText()).contains("zero\u200bwidth", "\u200fx",
                "\uD83D\uDC68\u200d\uD83D\uDC69\u200d\uD83D\uDC67");
        assertThat(view.path("article").path("bodyHtml").asText()).contains("zero\u200bwidth", "\u200fx",
                "&#x1f468;\u200d&#x1f469;\u200d&#x1f467;");
        assertThat(view.path("comments").path("items").get(0).path("content").asText()).isEqualTo("Part one, part two \uD83D\uDE80");
    }

    @Test
    void aPostOf200KibImportsWholeThroughTheGateway(@TempDir Path directory) throws IOException {
        String slug = "long-read-" + UUID.randomUUID().toString().substring(0, 8);
        StringBuilder content = new StringBuilder();
        for (int paragraph = 1; paragraph <= 105; paragraph++) {
            content.append("<p class=\"chapter\">Chapter ").append(paragraph).append(": ").append("é".repeat(960)).append("</p>\n");
        }
        content.append("<p>The end of the long read.</p>");
        assertThat(content.toString().getBytes(StandardCharsets.UTF_8).length).isGreaterThan(200 * 1024);
        Path export = directory.resolve("long-read.xml");
        Files.writeString(export, """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
                     xmlns:wp="http://wordpress.org/export/1.2/">
                <channel><title>Long reads</title><link>https://long.example.org/%1$s</link><wp:wxr_version>1.2</wp:wxr_version>
                <item><title>A very long read</title><dc:creator>feature-desk</dc:creator>
                <content:encoded><![CDATA[%2$s]]></content:encoded>
                <wp:post_id>1</wp:post_id><wp:post_date_gmt>2021-05-06 07:08:09</wp:post_date_gmt>
                <wp:comment_status>open</wp:comment_status><wp:post_name>%1$s</wp:post_name><wp:status>publish</wp:status>
                <wp:post_type>post</wp:post_type></item>
                </channel></rss>
                """.formatted(slug, content), StandardCharsets.UTF_8);

        Run run = importer(export, Stack.ADMIN_PASSWORD);

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.err()).doesNotContain("rejected");
        String bodyHtml = anonymous.get("/api/articles/" + slug).json().path("article").path("bodyHtml").asText();
        assertThat(bodyHtml).contains("Chapter 105: é", "The end of the long read.");
    }

    private static int depth(JsonNode comment) {
        int below = 0;
        for (JsonNode reply : comment.path("replies")) {
            below = Math.max(below, depth(reply));
        }
        return below + 1;
    }

    record Run(int exit, String out, String err) {
    }

    static Run importer(Path export, String password) {
        Path jar = Platform.root().resolve("wordpress-import/target/wordpress-import-" + Platform.version() + ".jar");
        assertThat(jar).as("build the importer first (mvn package)").isRegularFile();
        try {
            Path out = Files.createTempFile("import", ".out");
            Path err = Files.createTempFile("import", ".err");
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx64m", "-jar", jar.toString(), export.toString()));
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().putAll(Map.of("GATEWAY_URL", Stack.shared().gatewayUrl(), "ADMIN_PASSWORD", password));
            Process process = builder.start();
            if (!process.waitFor(300, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("the import did not finish in 300 s");
            }
            return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
