package org.newsroom.articles;

import org.newsroom.support.testing.Http;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsroom.articles.EditorDesk.unique;

/** Deleting an article leaves a tombstone in the outbox until the gateway says its comments are gone. */
@MicronautTest(transactional = false)
class DeletionOutboxTest {

    @Inject
    ArticleDeletionRepository deletions;

    @Inject
    EditorDesk desk;

    private List<String> outboxIds() {
        Http.Reply reply = desk.get("/articles/deletions");
        assertThat(reply.status()).isEqualTo(200);
        return EditorDesk.items(desk.tree(reply.body())).stream().map(entry -> entry.get("articleId").getStringValue()).toList();
    }

    @Test
    void deletionRemovesTheArticleAndRecordsItInTheOutbox() {
        JsonNode article = desk.published(unique("Doomed"), "x", List.of());
        String slug = article.get("slug").getStringValue();
        String id = article.get("id").getStringValue();

        assertThat(desk.delete("/articles/" + slug).status()).isEqualTo(204);

        assertThat(desk.get("/articles/" + slug).status()).isEqualTo(404);
        assertThat(desk.get("/articles/by-id/" + id).status()).isEqualTo(404);
        assertThat(desk.delete("/articles/" + slug).status()).isEqualTo(404);
        JsonNode entry = EditorDesk.items(desk.tree(desk.get("/articles/deletions").body())).stream()
                .filter(candidate -> candidate.get("articleId").getStringValue().equals(id)).findFirst().orElseThrow();
        assertThat(entry.get("slug").getStringValue()).isEqualTo(slug);
        assertThat(entry.get("deletedAt").getStringValue()).endsWith("Z");
    }

    @Test
    void acknowledgedDeletionLeavesTheOutboxAndAcknowledgingIsIdempotent() {
        JsonNode article = desk.published(unique("Acknowledged"), "x", List.of());
        String id = article.get("id").getStringValue();
        desk.delete("/articles/" + article.get("slug").getStringValue());
        assertThat(outboxIds()).contains(id);

        assertThat(desk.delete("/articles/deletions/" + id).status()).isEqualTo(204);
        assertThat(desk.delete("/articles/deletions/" + id).status()).isEqualTo(204);

        assertThat(outboxIds()).doesNotContain(id);
    }

    @Test
    void acknowledgingAMalformedIdIsNotFound() {
        assertThat(desk.delete("/articles/deletions/not-an-id").status()).isEqualTo(404);
    }

    @Test
    void deletionRetriedAfterACrashBetweenTombstoneAndDeleteCompletes() {
        JsonNode article = desk.published(unique("Half deleted"), "x", List.of());
        String id = article.get("id").getStringValue();
        String slug = article.get("slug").getStringValue();
        deletions.save(new ArticleDeletion(id, slug, Instant.now())).block(Duration.ofSeconds(10));

        assertThat(desk.delete("/articles/" + slug).status()).isEqualTo(204);

        assertThat(desk.get("/articles/" + slug).status()).isEqualTo(404);
        assertThat(outboxIds()).containsOnlyOnce(id);
    }

    @Test
    void outboxListsTheOldestDeletionsFirst() {
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            JsonNode article = desk.published(unique("Ordered " + i), "x", List.of());
            ids.add(article.get("id").getStringValue());
            assertThat(desk.delete("/articles/" + article.get("slug").getStringValue()).status()).isEqualTo(204);
        }

        assertThat(outboxIds()).containsSubsequence(ids);
    }

    @Test
    void deletingAnUnknownArticleIsNotFoundAndRecordsNothing() {
        List<String> before = outboxIds();

        Http.Reply missing = desk.delete("/articles/no-such-article");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body()).as("a problem, like every error").contains("\"status\":404");

        assertThat(outboxIds()).isEqualTo(before);
    }
}
