package org.newsroom.comments;

import io.micronaut.http.HttpRequest;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.newsroom.support.testing.Http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsroom.comments.CommentCalls.form;

/** The newest visible comments for the feeds: newest first, only visible ones, never an email or IP. */
@MicronautTest(transactional = false)
class LatestCommentsTest {

    @Inject
    CommentCalls calls;

    private List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.values().forEach(item -> ids.add(item.get("id").getStringValue()));
        return ids;
    }

    @Test
    void theNewestVisibleCommentsOfAnArticleComeNewestFirst() {
        String article = new ObjectId().toHexString();
        String first = calls.approved(article, "First words", null);
        String second = calls.approved(article, "Second words", first);
        calls.post(article, form(CommentCalls.email(), "Held for moderation", null));
        String hidden = calls.approved(article, "Trashed later", null);
        calls.setStatus(hidden, "trash");

        Http.Reply reply = calls.http.get("/latest-comments?articleId=" + article + "&limit=10");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode list = calls.tree(reply.body());
        assertThat(ids(list)).containsExactly(second, first);
        JsonNode newest = list.get(0);
        assertThat(newest.get("articleId").getStringValue()).isEqualTo(article);
        assertThat(newest.get("articleSlug").getStringValue()).isEqualTo("the-slug");
        assertThat(newest.get("parentId").getStringValue()).isEqualTo(first);
        assertThat(newest.get("contentHtml").getStringValue()).contains("Second words");
        assertThat(reply.body()).doesNotContain("@example.org").doesNotContain("authorEmail").doesNotContain("authorIp")
                .doesNotContain("10.9.");
    }

    @Test
    void anEditedCommentSaysWhenItWasEdited() {
        String article = new ObjectId().toHexString();
        Http.Reply posted = calls.http.send(CommentCalls.postRequest(article, form("desk@example.org", "Frist", null), CommentCalls.ip())
                .bearerAuth(calls.moderator));
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        String token = calls.tree(posted.body()).get("editToken").getStringValue();
        Http.Reply edited = calls.http.send(HttpRequest.PUT("/comments/" + calls.id(posted), Map.of("content", "First")).header("X-Edit-Token", token));
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);

        JsonNode newest = calls.tree(calls.http.get("/latest-comments?articleId=" + article).body()).get(0);

        assertThat(newest.get("editedAt").getStringValue()).isEqualTo(calls.tree(edited.body()).get("editedAt").getStringValue());
        assertThat(newest.get("contentHtml").getStringValue()).contains("First");
    }

    @Test
    void theCommentsOfExcludedArticlesAreLeftOutOfTheSiteWideList() {
        String shown = new ObjectId().toHexString();
        String withdrawn = new ObjectId().toHexString();
        String older = calls.approved(shown, "On the shown one", null);
        calls.approved(withdrawn, "On the withdrawn one", null);
        calls.approved(withdrawn, "On the withdrawn one again", null);

        JsonNode list = calls.tree(calls.http.get("/latest-comments?limit=1&excludeArticleIds=" + withdrawn + "," + new ObjectId()).body());

        assertThat(ids(list)).containsExactly(older);
        assertThat(calls.http.get("/latest-comments?excludeArticleIds=" + withdrawn + ",nope").status()).isEqualTo(400);
    }

    @Test
    void theSiteWideListIsLimitedAndSpansArticles() {
        String one = new ObjectId().toHexString();
        String other = new ObjectId().toHexString();
        calls.approved(one, "On one", null);
        String newest = calls.approved(other, "On the other", null);

        JsonNode list = calls.tree(calls.http.get("/latest-comments?limit=1").body());

        assertThat(ids(list)).containsExactly(newest);
    }

    @Test
    void withThreadsPerPageEachNamesTheCommentPageThatShowsItsThread() {
        String article = new ObjectId().toHexString();
        String oldest = calls.approved(article, "Thread one", null);
        calls.approved(article, "Thread two", null);
        String third = calls.approved(article, "Thread three", null);
        String replyToOldest = calls.approved(article, "A late reply in thread one", oldest);

        JsonNode list = calls.tree(calls.http.get("/latest-comments?articleId=" + article + "&limit=10&threadsPerPage=2").body());

        assertThat(ids(list).subList(0, 2)).containsExactly(replyToOldest, third);
        assertThat(list.get(0).get("page").getIntValue()).as("a reply shows with its thread").isEqualTo(1);
        assertThat(list.get(1).get("page").getIntValue()).isEqualTo(2);
        assertThat(calls.tree(calls.http.get("/latest-comments?articleId=" + article + "&limit=1").body()).get(0).get("page").isNull())
                .as("no page unless asked for").isTrue();
    }

    @Test
    void aMalformedArticleIdOrLimitIsRefused() {
        assertThat(calls.http.get("/latest-comments?threadsPerPage=0").status()).isEqualTo(400);
        assertThat(calls.http.get("/latest-comments?articleId=nope").status()).isEqualTo(400);
        assertThat(calls.http.get("/latest-comments?limit=0").status()).isEqualTo(400);
        assertThat(calls.http.get("/latest-comments?limit=101").status()).isEqualTo(400);
    }
}
