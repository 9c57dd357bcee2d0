package org.newsroom.comments;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A first page that holds every thread is answered by two reads (threads, then their replies), its
 * counts taken from what was read; a page that may not hold every thread counts them.
 */
@MicronautTest(transactional = false)
class ThreadPageCostTest {

    @Inject
    CommentCalls calls;

    @Inject
    CommandCounter counter;

    @Test
    void firstPageHoldingEveryThreadCountsWhatItReadInTwoQueries() {
        String article = new ObjectId().toHexString();
        String first = calls.approved(article, "first thread", null);
        String reply = calls.approved(article, "a reply", first);
        calls.approved(article, "a reply to the reply", reply);
        String hidden = calls.approved(article, "a thread sent to trash", null);
        calls.approved(article, "a reply under the trashed thread", hidden);
        calls.approved(article, "second thread", null);
        assertThat(calls.setStatus(hidden, "trash").status()).isEqualTo(200);

        counter.reset();
        JsonNode page = calls.tree(calls.http.get("/articles/" + article + "/comments?page=1&size=20").body());

        assertThat(counter.commands()).containsExactly("find", "find");
        assertThat(page.get("total").getNumberValue().intValue()).isEqualTo(2);
        assertThat(page.get("totalPages").getNumberValue().intValue()).isEqualTo(1);
        assertThat(page.get("count").getNumberValue().intValue()).isEqualTo(4);
        assertThat(page.get("items").get(0).get("replies").get(0).get("replies").size()).isEqualTo(1);
    }

    @Test
    void fullFirstPageCountsTheThreadsItCannotSee() {
        String article = new ObjectId().toHexString();
        String first = calls.approved(article, "thread one", null);
        calls.approved(article, "thread two", null);
        calls.approved(article, "thread three", null);
        calls.approved(article, "reply on page one", first);

        JsonNode page = calls.tree(calls.http.get("/articles/" + article + "/comments?page=1&size=2").body());

        assertThat(page.get("items").size()).isEqualTo(2);
        assertThat(page.get("total").getNumberValue().intValue()).isEqualTo(3);
        assertThat(page.get("totalPages").getNumberValue().intValue()).isEqualTo(2);
        assertThat(page.get("count").getNumberValue().intValue()).isEqualTo(4);
    }

    @Test
    void emptyArticleHasNoPagesAndOneQuery() {
        counter.reset();
        JsonNode page = calls.tree(calls.http.get("/articles/" + new ObjectId().toHexString() + "/comments").body());

        assertThat(counter.commands()).containsExactly("find");
        assertThat(page.get("total").getNumberValue().intValue()).isZero();
        assertThat(page.get("totalPages").getNumberValue().intValue()).isZero();
        assertThat(page.get("count").getNumberValue().intValue()).isZero();
    }
}
