package org.newsroom.articles;

import org.newsroom.support.testing.Http;
import io.micronaut.http.HttpRequest;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsroom.articles.EditorDesk.unique;

/** Replacing an article with optimistic locking: the version comes in the body or as If-Match. */
@MicronautTest(transactional = false)
class ArticleVersionTest {

    @Inject
    EditorDesk desk;

    @Inject
    JwtTokenGenerator tokens;

    private Http.Reply putAs(String editor, String slug, Map<String, Object> edit) {
        String token = tokens.generateToken(Authentication.build(editor, List.of("EDITOR")), 600).orElseThrow();
        return desk.http.send(HttpRequest.PUT("/articles/" + slug, edit).bearerAuth(token));
    }

    private String updatedBy(Http.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return desk.tree(reply.body()).get("updatedBy").getStringValue();
    }

    private static Map<String, Object> edit(String title, String body, Object version) {
        Map<String, Object> edit = new HashMap<>(Map.of("title", title, "body", body));
        if (version != null) {
            edit.put("version", version);
        }
        return edit;
    }

    @Test
    void theAccountOfTheLastWriteIsNamedToEditorsAndNeverToReaders() {
        JsonNode created = desk.created(Map.of("title", unique("Written by"), "body", "v1", "status", "published"));
        String slug = created.get("slug").getStringValue();
        Map<String, Object> unpublish = edit("Written again", "v3", 1);
        unpublish.put("status", "draft");
        Map<String, Object> republish = edit("Written again", "v3", 2);
        republish.put("status", "published");

        assertThat(created.get("updatedBy").getStringValue()).isEqualTo("tester");
        assertThat(updatedBy(putAs("alice", slug, edit("Written again", "v2", 0)))).isEqualTo("alice");
        assertThat(updatedBy(putAs("bob", slug, unpublish))).isEqualTo("bob");
        assertThat(updatedBy(desk.get("/articles/" + slug))).isEqualTo("bob");
        assertThat(updatedBy(putAs("carol", slug, republish))).isEqualTo("carol");
        Http.Reply read = desk.http.get("/articles/" + slug);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body()).doesNotContain("updatedBy").doesNotContain("carol");
    }

    @Test
    void updateWithTheCurrentVersionReplacesTheArticleAndBumpsTheVersion() {
        JsonNode original = desk.created(Map.of("title", unique("Versioned"), "body", "v1", "tags", List.of("kept"),
                "commentStatus", "closed", "status", "published", "author", "Dana"));
        String slug = original.get("slug").getStringValue();
        Map<String, Object> edit = edit("Edited title", "## Second\n\nversion", 0);

        Http.Reply updated = desk.put(slug, edit);

        assertThat(updated.status()).isEqualTo(200);
        JsonNode article = desk.tree(updated.body());
        assertThat(article.get("version").getNumberValue().longValue()).isEqualTo(1);
        assertThat(article.get("slug").getStringValue()).isEqualTo(slug);
        assertThat(article.get("title").getStringValue()).isEqualTo("Edited title");
        assertThat(article.get("bodyHtml").getStringValue()).contains("<h2>Second</h2>");
        assertThat(article.get("excerpt").getStringValue()).isEqualTo("Second version");
        assertThat(article.get("publishedAt").getStringValue()).isEqualTo(original.get("publishedAt").getStringValue());
        assertThat(article.get("createdAt").getStringValue()).isEqualTo(original.get("createdAt").getStringValue());
        assertThat(article.get("author").getStringValue()).isEqualTo("Dana");
        assertThat(article.get("commentStatus").getStringValue()).isEqualTo("closed");
        assertThat(article.get("status").getStringValue()).isEqualTo("published");
        assertThat(EditorDesk.items(article.get("tags"))).extracting(JsonNode::getStringValue).containsExactly("kept");
        assertThat(desk.http.get("/articles/" + slug).body()).contains("Edited title");
    }

    @Test
    void staleVersionInTheBodyIsAConflict() {
        String slug = desk.draft(unique("Stale body")).get("slug").getStringValue();
        assertThat(desk.put(slug, edit("First edit", "x", 0)).status()).isEqualTo(200);

        Http.Reply stale = desk.put(slug, edit("Second edit", "x", 0));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.header("Content-Type")).startsWith("application/problem+json");
        assertThat(desk.get("/articles/" + slug).body()).contains("First edit");
    }

    @Test
    void staleVersionInIfMatchIsAFailedPrecondition() {
        String slug = desk.draft(unique("Stale header")).get("slug").getStringValue();
        assertThat(desk.put(slug, edit("First edit", "x", null), "\"0\"").status()).isEqualTo(200);

        assertThat(desk.put(slug, edit("Second edit", "x", null), "\"0\"").status()).isEqualTo(412);
        assertThat(desk.put(slug, edit("Second edit", "x", 1), "\"0\"").status()).as("If-Match wins over the body").isEqualTo(412);
        assertThat(desk.put(slug, edit("Second edit", "x", null), "\"1\"").status()).isEqualTo(200);
        assertThat(desk.get("/articles/" + slug).body()).contains("Second edit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"abc\"", "*", "\"\""})
    void ifMatchThatIsNoVersionIsAFailedPrecondition(String ifMatch) {
        String slug = desk.draft(unique("Odd header")).get("slug").getStringValue();

        assertThat(desk.put(slug, edit("Edit", "x", null), ifMatch).status()).isEqualTo(412);
    }

    @Test
    void aSlugOtherThanTheArticlesIsRefusedNotIgnored() {
        String slug = desk.draft(unique("Fixed address")).get("slug").getStringValue();
        Map<String, Object> renamed = edit("Edit", "x", 0);
        renamed.put("slug", slug + "-2");

        Http.Reply refused = desk.put(slug, renamed);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"slug\"");
        renamed.put("slug", slug);
        assertThat(desk.put(slug, renamed).status()).as("its own slug is fine").isEqualTo(200);
    }

    @Test
    void updateWithoutAnyVersionIsABadRequestNamingVersion() {
        String slug = desk.draft(unique("No version")).get("slug").getStringValue();

        Http.Reply reply = desk.put(slug, edit("Edit", "x", null));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("\"field\":\"version\"");
    }

    @Test
    void updateOfAnUnknownSlugIsNotFound() {
        assertThat(desk.put("no-such-article", edit("t", "b", 0)).status()).isEqualTo(404);
    }

    @Test
    void publishingADraftSetsPublishedAtOnce() {
        JsonNode draft = desk.draft(unique("Later"));
        String slug = draft.get("slug").getStringValue();
        Map<String, Object> publish = edit("Later", "x", 0);
        publish.put("status", "published");

        JsonNode published = desk.tree(desk.put(slug, publish).body());
        publish.put("version", 1);
        publish.put("title", "Later, edited");
        JsonNode edited = desk.tree(desk.put(slug, publish).body());

        assertThat(published.get("publishedAt").isString()).isTrue();
        assertThat(edited.get("publishedAt").getStringValue()).isEqualTo(published.get("publishedAt").getStringValue());
        assertThat(desk.http.get("/articles/" + slug).status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void concurrentEditsOfOneVersionLetExactlyOneWin(boolean withIfMatch) {
        String slug = desk.draft(unique("Contended")).get("slug").getStringValue();
        List<Integer> statuses = StartTogether.run(8, i -> {
            Map<String, Object> edit = edit("Edit " + i, "x", withIfMatch ? null : 0);
            return withIfMatch ? desk.put(slug, edit, "\"0\"").status() : desk.put(slug, edit).status();
        });

        int loser = withIfMatch ? 412 : 409;
        assertThat(statuses).containsOnly(200, loser);
        assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
        assertThat(desk.tree(desk.get("/articles/" + slug).body()).get("version").getNumberValue().longValue()).isEqualTo(1);
    }
}
