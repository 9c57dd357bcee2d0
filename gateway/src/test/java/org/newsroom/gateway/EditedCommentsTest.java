package org.newsroom.gateway;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;

/** A comment its author edited says so, in the JSON (editedAt) and on the page ("(edited)"); others do not. */
class EditedCommentsTest extends FakeBackendsTest {

    private static final String EDITED = "0123456789abcdef01234567";
    private static final String UNTOUCHED = "0123456789abcdef01234568";

    @BeforeAll
    static void start() {
        backends = new FakeBackends(FakeBackends.NO_CIRCUIT);
    }

    @BeforeEach
    void twoComments() {
        String edited = FakeBackends.comment(EDITED, "Fixed typo").replace("\"replies\":[]", "\"replies\":[],\"editedAt\":\"2026-01-02T03:04:05Z\"");
        String untouched = FakeBackends.comment(UNTOUCHED, "As posted").replace("\"replies\":[]", "\"replies\":[],\"editedAt\":null");
        backends.commentsAnswer(okJson("{\"items\":[" + edited + "," + untouched + "],\"page\":1,\"size\":20,\"total\":2,\"totalPages\":1,\"count\":2}"));
    }

    @Test
    void theJsonCarriesWhenACommentWasEdited() {
        String body = backends.get("/api/articles/" + FakeBackends.SLUG + "/comments").body();

        assertThat(body).contains("\"editedAt\":\"2026-01-02T03:04:05Z\"").contains("\"editedAt\":null");
    }

    @Test
    void thePageMarksOnlyTheEditedComment() {
        Document page = Jsoup.parse(backends.get("/articles/" + FakeBackends.SLUG).body());

        assertThat(page.select("#comment-" + EDITED + " .edited").text()).isEqualTo("(edited)");
        assertThat(page.select("#comment-" + UNTOUCHED + " .edited")).isEmpty();
    }
}
