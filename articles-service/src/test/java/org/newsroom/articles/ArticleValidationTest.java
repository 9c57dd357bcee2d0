package org.newsroom.articles;

import org.newsroom.support.testing.Http;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.newsroom.articles.EditorDesk.unique;

/** Every rule on what an editor sends: 400 problem+json naming the field, never a 500. */
@MicronautTest(transactional = false)
class ArticleValidationTest {

    @Inject
    EditorDesk desk;

    private static Map<String, Object> valid() {
        Map<String, Object> article = new HashMap<>();
        article.put("title", unique("Valid"));
        article.put("body", "Body.");
        return article;
    }

    private static Map<String, Object> with(String field, Object value) {
        Map<String, Object> article = valid();
        if (value == null) {
            article.remove(field);
        } else {
            article.put(field, value);
        }
        return article;
    }

    static Stream<Arguments> brokenRules() {
        return Stream.of(
                arguments("title missing", with("title", null), "title"),
                arguments("title blank", with("title", "   "), "title"),
                arguments("title of 301 characters", with("title", "t".repeat(301)), "title"),
                arguments("title of only a bidi override", with("title", "\u202E"), "title"),
                arguments("title of only a zero-width space", with("title", "\u200B"), "title"),
                arguments("body of only a zero-width space", with("body", "\u200B"), "body"),
                arguments("body of a no-break space and a line break", with("body", "\u00A0\n"), "body"),
                arguments("body of only a byte order mark", with("body", "\uFEFF"), "body"),
                arguments("body of only a Braille blank", with("body", "\u2800"), "body"),
                arguments("excerpt of only a zero-width space", with("excerpt", "\u200B"), "excerpt"),
                arguments("author of only bidi isolates", with("author", "\u2066\u2069"), "author"),
                arguments("author of only a soft hyphen", with("author", "\u00AD"), "author"),
                arguments("tag of only a Hangul filler", with("tags", List.of("ok", "\u3164")), "tags[1]"),
                arguments("tag of only a combining mark", with("tags", List.of("\u034F")), "tags[0]"),
                arguments("title with U+FDD0", with("title", "Ti\uFDD0tle"), "title"),
                arguments("author with U+FDEF", with("author", "An\uFDEFn"), "author"),
                arguments("tag with U+10FFFF", with("tags", List.of("ok", "t\uDBFF\uDFFF")), "tags[1]"),
                arguments("body with U+1FFFE", with("body", "Bo\uD83F\uDFFEdy"), "body"),
                arguments("excerpt with U+FDD0", with("excerpt", "Ex\uFDD0cerpt"), "excerpt"),
                arguments("body missing", with("body", null), "body"),
                arguments("body blank", with("body", " \n "), "body"),
                arguments("body of 200,001 characters", with("body", "b".repeat(200_001)), "body"),
                arguments("excerpt of 1,001 characters", with("excerpt", "e".repeat(1001)), "excerpt"),
                arguments("author of 101 characters", with("author", "a".repeat(101)), "author"),
                arguments("51 tags", with("tags", Collections.nCopies(51, "t")), "tags"),
                arguments("empty tag", with("tags", List.of("ok", "")), "tags[1]"),
                arguments("blank tag", with("tags", List.of("  ")), "tags[0]"),
                arguments("tag of 51 characters", with("tags", List.of("ok", "t".repeat(51))), "tags[1]"),
                arguments("upper-case slug", with("slug", "Not-A-Slug"), "slug"),
                arguments("slug with a double hyphen", with("slug", "a--b"), "slug"),
                arguments("slug with a leading hyphen", with("slug", "-a"), "slug"),
                arguments("slug with a trailing hyphen", with("slug", "a-"), "slug"),
                arguments("slug with a space", with("slug", "a b"), "slug"),
                arguments("slug with an accent", with("slug", "café"), "slug"),
                arguments("empty slug", with("slug", ""), "slug"),
                arguments("slug of 121 characters", with("slug", "s".repeat(121)), "slug"),
                arguments("reserved slug", with("slug", "deletions"), "slug"),
                arguments("title that makes no slug", with("title", "!!! ???"), "slug"),
                arguments("title that makes a reserved slug", with("title", "Deletions"), "slug"),
                arguments("unknown status", with("status", "live"), "status"),
                arguments("unknown commentStatus", with("commentStatus", "maybe"), "commentStatus"),
                arguments("object for title", with("title", Map.of("$ne", "")), "title"),
                arguments("array for body", with("body", List.of("x", "y")), "body"),
                arguments("one-item array for title", with("title", List.of("A title")), "title"),
                arguments("one-item array for status", with("status", List.of("published")), "status"),
                arguments("object for body", with("body", Map.of("x", "y")), "body"),
                arguments("string for tags", with("tags", "politics"), "tags"),
                arguments("object in tags", with("tags", List.of(Map.of("$gt", ""))), "tags[0]"),
                arguments("one-item array in tags", with("tags", List.of("ok", List.of("politics"))), "tags[1]"),
                arguments("tags of one one-item array", with("tags", List.of(List.of("politics"))), "tags[0]"),
                arguments("object for tags", with("tags", Map.of("0", "politics")), "tags"),
                arguments("text for version", with("version", "abc"), "version"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenRules")
    void brokenRuleIsABadRequestNamingTheField(String rule, Map<String, Object> article, String field) {
        Http.Reply reply = desk.create(article);

        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = desk.tree(reply.body());
        assertThat(problem.get("status").getNumberValue().intValue()).isEqualTo(400);
        assertThat(EditorDesk.items(problem.get("errors"))).extracting(error -> error.get("field").getStringValue()).contains(field);
        assertThat(reply.body()).doesNotContain("io.micronaut").doesNotContain("Exception").doesNotContain("com.mongodb");
    }

    @Test
    void operatorObjectWhereTheTitleBelongsIsABadRequestNamingTitle() {
        Http.Reply reply = desk.send(HttpRequest.POST("/articles", "{\"title\": {\"$ne\": \"\"}, \"body\": \"x\"}")
                .contentType(MediaType.APPLICATION_JSON_TYPE));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("\"field\":\"title\"").doesNotContain("io.micronaut");
    }

    @Test
    void everyBrokenFieldIsNamedInOneAnswer() {
        Map<String, Object> bad = new HashMap<>();
        bad.put("title", "x".repeat(301));
        bad.put("body", "x".repeat(200_001));
        bad.put("slug", "Not-A-Slug");
        bad.put("excerpt", "x".repeat(1001));
        bad.put("author", "x".repeat(101));
        bad.put("tags", Collections.nCopies(51, "t"));
        bad.put("status", "live");
        bad.put("commentStatus", "maybe");

        Http.Reply reply = desk.create(bad);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(EditorDesk.items(desk.tree(reply.body()).get("errors"))).extracting(error -> error.get("field").getStringValue())
                .contains("title", "body", "slug", "excerpt", "author", "tags", "status", "commentStatus");
    }

    @Test
    void valuesAtTheLimitsAreAccepted() {
        Map<String, Object> article = new HashMap<>();
        String title = UUID.randomUUID() + " " + "t".repeat(263);
        article.put("title", "   " + title + "   ");
        article.put("body", "b".repeat(200_000));
        article.put("excerpt", "e".repeat(1000));
        article.put("author", "a".repeat(100));
        article.put("tags", Collections.nCopies(50, "t".repeat(50)));
        article.put("slug", UUID.randomUUID().toString().substring(0, 8) + "-" + "s".repeat(111));

        Http.Reply reply = desk.create(article);

        assertThat(title).hasSize(300);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(desk.tree(reply.body()).get("title").getStringValue()).isEqualTo(title);
    }

    @Test
    void oneCharacterTitleIsEnough() {
        String slug = "x-" + UUID.randomUUID().toString().substring(0, 8);

        assertThat(desk.create(Map.of("title", "X", "body", "b", "slug", slug)).status()).isEqualTo(201);
    }

    @Test
    void updateFollowsTheSameRules() {
        String slug = desk.draft(unique("Rules")).get("slug").getStringValue();

        Http.Reply reply = desk.put(slug, Map.of("title", " ", "body", "b", "version", 0, "status", "gone"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("\"field\":\"title\"").contains("\"field\":\"status\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not json", "{\"title\":", "[1, 2]", "\"a string\"", "null", "{\"title\": \"t\", \"body\": \"b\", \"version\": 1e999}"})
    void malformedJsonIsABadRequest(String body) {
        Http.Reply reply = desk.send(HttpRequest.POST("/articles", body).contentType(MediaType.APPLICATION_JSON_TYPE));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[1, 2]", "\"a string\"", "42"})
    void aBodyThatIsNotAnObjectIsNamedBody(String body) {
        Http.Reply reply = desk.send(HttpRequest.POST("/articles", body).contentType(MediaType.APPLICATION_JSON_TYPE));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("\"field\":\"body\"").doesNotContain("\"field\":\"input\"");
    }

    @Test
    void controlCharactersAreRefusedNamingTheFieldButLineBreaksStayInTheBody() {
        Map<String, Object> article = valid();
        article.put("title", "Ti\u0002tle");
        article.put("tags", List.of("ok", "n\u0000ul"));
        article.put("body", "First line\n\n\tSecond line");

        Http.Reply reply = desk.send(HttpRequest.POST("/articles", article));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("\"field\":\"title\"", "\"field\":\"tags[1]\"",
                        "must be one line without control characters, noncharacters or lone surrogates")
                .doesNotContain("\"field\":\"body\"");
        article.put("title", "Line\u2028separated");
        article.put("tags", List.of("t".repeat(51)));
        article.put("body", "x");
        Http.Reply separated = desk.send(HttpRequest.POST("/articles", article));
        assertThat(separated.body()).contains("\"field\":\"title\"", "\"field\":\"tags[0]\"", "must be 1 to 50 characters");
    }

    @Test
    void aNoncharacterIsRefusedAsANoncharacterInEveryTextField() {
        Map<String, Object> article = valid();
        article.put("title", "Ti\uFDD0tle");
        article.put("author", "An\uDBFF\uDFFFn");
        article.put("tags", List.of("t\uFFFE"));
        article.put("body", "Bo\uD83F\uDFFEdy");
        article.put("excerpt", "Ex\uFDEFcerpt");

        JsonNode problem = desk.tree(desk.send(HttpRequest.POST("/articles", article)).body());

        Map<String, String> messages = new HashMap<>();
        EditorDesk.items(problem.get("errors")).forEach(error ->
                messages.put(error.get("field").getStringValue(), error.get("message").getStringValue()));
        String oneLine = "must be one line without control characters, noncharacters or lone surrogates";
        String lines = "must not contain control characters, noncharacters or lone surrogates";
        assertThat(messages).containsExactlyInAnyOrderEntriesOf(Map.of("title", oneLine, "author", oneLine, "tags[0]", oneLine,
                "body", lines, "excerpt", lines));
    }

    @Test
    void aKeyGivenTwiceIsNamed() {
        Http.Reply reply = desk.send(HttpRequest.POST("/articles", "{\"title\":\"Once\",\"body\":\"x\",\"title\":\"Twice\"}")
                .contentType(MediaType.APPLICATION_JSON_TYPE));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("\"field\":\"title\"", "is given more than once");
    }

    @Test
    void unknownFieldsAreIgnored() {
        Map<String, Object> article = valid();
        article.put("searchTokens", List.of("planted"));
        article.put("bodyHtml", "<script>alert(1)</script>");
        article.put("id", "0123456789abcdef01234567");
        article.put("status", "published");

        JsonNode created = desk.tree(desk.create(article).body());

        assertThat(created.get("bodyHtml").getStringValue()).isEqualTo("<p>Body.</p>\n");
        assertThat(created.get("id").getStringValue()).isNotEqualTo("0123456789abcdef01234567");
        assertThat(desk.http.get("/articles?q=body").body()).contains(created.get("slug").getStringValue());
        assertThat(desk.http.get("/articles?q=planted").body()).doesNotContain(created.get("slug").getStringValue());
    }
}
