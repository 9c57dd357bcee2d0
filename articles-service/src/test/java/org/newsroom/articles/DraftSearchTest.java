package org.newsroom.articles;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The editor's list of drafts can be searched by words and filtered by tag, like the published list. */
@MicronautTest(transactional = false)
class DraftSearchTest {

    @Inject
    EditorDesk desk;

    private List<String> draftTitles(String query) {
        JsonNode page = desk.tree(desk.get("/articles?status=draft&size=100" + query).body());
        return EditorDesk.items(page.get("items")).stream().map(item -> item.get("title").getStringValue()).toList();
    }

    @Test
    void draftsAreFoundByAWordOfTheirTitleOrBody() {
        String word = "zeppelin" + UUID.randomUUID().toString().substring(0, 8).replaceAll("[^a-z]", "q");
        String byTitle = desk.created(Map.of("title", "The " + word + " story", "body", "Plain text.")).get("title").getStringValue();
        String byBody = desk.created(Map.of("title", EditorDesk.unique("Other"), "body", "Mentions " + word + " once."))
                .get("title").getStringValue();
        String unrelated = desk.draft(EditorDesk.unique("Unrelated")).get("title").getStringValue();

        assertThat(draftTitles("&q=" + word.toUpperCase())).containsExactlyInAnyOrder(byTitle, byBody);
        assertThat(draftTitles("")).contains(byTitle, byBody, unrelated);
    }

    @Test
    void draftsAreFilteredByTag() {
        String tag = "Tag" + UUID.randomUUID().toString().substring(0, 8);
        String tagged = desk.created(Map.of("title", EditorDesk.unique("Tagged"), "body", "Text.", "tags", List.of(tag)))
                .get("title").getStringValue();
        desk.draft(EditorDesk.unique("Untagged"));

        assertThat(draftTitles("&tag=" + tag.toLowerCase())).containsExactly(tagged);
        assertThat(draftTitles("&tag=" + tag + "&q=text")).containsExactly(tagged);
    }
}
