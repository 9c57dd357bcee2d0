package org.newsroom.articles;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.newsroom.support.testing.Http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Which article ids are published: drafts, withdrawn articles and ids of nothing are left out. */
@MicronautTest(transactional = false)
class PublishedArticlesTest {

    @Inject
    EditorDesk desk;

    private List<String> publishedAmong(String ids) {
        Http.Reply reply = desk.http.get("/published-articles?ids=" + ids);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        List<String> found = new ArrayList<>();
        desk.tree(reply.body()).get("ids").values().forEach(id -> found.add(id.getStringValue()));
        return found;
    }

    @Test
    void onlyThePublishedOnesAreNamed() {
        JsonNode published = desk.published(EditorDesk.unique("Still out"), "Body", List.of());
        JsonNode withdrawn = desk.published(EditorDesk.unique("Withdrawn"), "Body", List.of());
        String draft = desk.draft(EditorDesk.unique("Not yet")).get("id").getStringValue();
        String withdrawnSlug = withdrawn.get("slug").getStringValue();
        assertThat(desk.put(withdrawnSlug, Map.of("title", "Withdrawn", "body", "Body", "status", "draft",
                "version", withdrawn.get("version").getLongValue())).status()).isEqualTo(200);

        String id = published.get("id").getStringValue();
        List<String> found = publishedAmong(String.join(",", id, withdrawn.get("id").getStringValue(), draft,
                "000000000000000000000000", "not-an-id", id));

        assertThat(found).containsExactly(id);
        assertThat(publishedAmong("")).isEmpty();
    }

    @Test
    void moreThanAHundredIdsAreRefusedNamingTheField() {
        String ids = String.join(",", IntStream.range(0, 101).mapToObj(i -> "%024x".formatted(i)).toList());
        Http.Reply reply = desk.http.get("/published-articles?ids=" + ids);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("\"field\":\"ids\"");
    }
}
