package org.newsroom.articles;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsroom.articles.EditorDesk.unique;

/**
 * An article is read for an answer without its search words (no answer shows them), and the
 * answer is the whole article all the same; the stored article keeps its words for search.
 */
@MicronautTest(transactional = false)
class ArticleReadsTest {

    @Inject
    EditorDesk desk;

    @Inject
    ArticleRepository repository;

    @Test
    void readingForAnAnswerLeavesOnlyTheSearchWordsBehind() {
        String slug = desk.published(unique("Read lightly"), "Words readers never see: quokka", List.of("Reads"))
                .get("slug").getStringValue();

        Article stored = repository.findBySlug(slug).block();
        Article read = repository.readBySlug(slug).block();

        assertThat(stored.searchTokens()).contains("quokka");
        assertThat(read.searchTokens()).isNull();
        assertThat(new Article(read.id(), read.slug(), read.title(), read.excerpt(), read.body(), read.bodyHtml(), read.author(),
                read.tags(), read.status(), read.commentStatus(), read.publishedAt(), read.createdAt(), read.updatedAt(),
                read.version(), stored.searchTokens(), read.bodyFormat(), read.updatedBy(), read.tagNames())).isEqualTo(stored);
    }

    @Test
    void theAnswerIsTheWholeArticle() {
        JsonNode created = desk.published(unique("Whole answer"), "A body with **bold** words.", List.of("Reads"));
        String slug = created.get("slug").getStringValue();

        JsonNode answer = desk.tree(desk.get("/articles/" + slug).body());

        assertThat(answer).isEqualTo(created);
        assertThat(answer.get("bodyHtml").getStringValue()).contains("<strong>bold</strong>");
        assertThat(desk.get("/articles?q=bold").body()).contains(slug);
    }
}
