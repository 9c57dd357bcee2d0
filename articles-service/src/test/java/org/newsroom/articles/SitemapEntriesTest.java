package org.newsroom.articles;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.newsroom.support.testing.Http;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The sitemap's list of published articles: slugs and last changes only, paged in a stable order, drafts never. */
@MicronautTest(transactional = false)
class SitemapEntriesTest {

    @Inject
    EditorDesk desk;

    private List<String> allSlugs() {
        List<String> slugs = new ArrayList<>();
        int totalPages = 1;
        for (int page = 1; page <= totalPages; page++) {
            JsonNode body = desk.tree(desk.http.get("/sitemap-entries?size=2&page=" + page).body());
            totalPages = body.get("totalPages").getIntValue();
            body.get("items").values().forEach(item -> {
                assertThat(item.get("updatedAt").getStringValue()).matches("\\d{4}-.*Z");
                assertThat(item.get("body")).isNull();
                slugs.add(item.get("slug").getStringValue());
            });
        }
        return slugs;
    }

    @Test
    void publishedArticlesAreListedOnceAcrossPagesAndDraftsNever() {
        String published = desk.published(EditorDesk.unique("Sitemap one"), "Body", List.of()).get("slug").getStringValue();
        String other = desk.published(EditorDesk.unique("Sitemap two"), "Body", List.of()).get("slug").getStringValue();
        String draft = desk.draft(EditorDesk.unique("Sitemap draft")).get("slug").getStringValue();

        List<String> slugs = allSlugs();

        assertThat(slugs).contains(published, other).doesNotContain(draft).doesNotHaveDuplicates();
        JsonNode first = desk.tree(desk.http.get("/sitemap-entries?size=2").body());
        assertThat(first.get("total").getLongValue()).isEqualTo(slugs.size());
    }

    @Test
    void aPagePastTheLastIsEmpty() {
        desk.published(EditorDesk.unique("Sitemap three"), "Body", List.of());

        JsonNode body = desk.tree(desk.http.get("/sitemap-entries?size=1&page=100000").body());

        assertThat(body.get("items").values()).isEmpty();
        assertThat(body.get("total").getLongValue()).isPositive();
    }

    @Test
    void aSizeBeyondTheLimitIsRefused() {
        Http.Reply reply = desk.http.get("/sitemap-entries?size=50001");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(desk.http.get("/sitemap-entries?page=0").status()).isEqualTo(400);
    }
}
