package org.newsroom.wpimport.wxr;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReplyOrderTest {

    @Test
    void aReplyThatComesBeforeItsParentIsMovedAfterIt() throws Exception {
        List<WxrComment> comments = Exports.items("wxr-1.2-threads.xml").get(0).comments();

        assertThat(comments).extracting(WxrComment::id).containsSubsequence("1", "2", "3");
        assertThat(parentOf(comments, "3")).isEqualTo("2");
        assertThat(parentOf(comments, "2")).isEqualTo("1");
    }

    @Test
    void aReplyWhoseParentIsMissingBecomesTopLevel() throws Exception {
        assertThat(parentOf(Exports.items("wxr-1.2-threads.xml").get(0).comments(), "4")).isEqualTo(WxrComment.NO_PARENT);
    }

    @Test
    void aCycleOfRepliesIsCutWhereTheFileFirstMeetsIt() throws Exception {
        List<WxrComment> comments = Exports.items("wxr-1.2-threads.xml").get(0).comments();

        assertThat(parentOf(comments, "5")).isEqualTo(WxrComment.NO_PARENT);
        assertThat(parentOf(comments, "6")).isEqualTo("5");
        assertThat(comments).extracting(WxrComment::id).containsSubsequence("5", "6");
    }

    @Test
    void everyCommentIsKeptOnce() throws Exception {
        assertThat(Exports.items("wxr-1.2-threads.xml").get(0).comments()).extracting(WxrComment::id)
                .containsExactlyInAnyOrder("1", "2", "3", "4", "5", "6", "7");
    }

    @Test
    void siblingsKeepTheirFileOrderUnderTheirParent() {
        List<WxrComment> ordered = ReplyOrder.parentsFirst(List.of(
                comment("2", "1"), comment("3", "1"), comment("1", "0"), comment("4", "2")));

        assertThat(ordered).extracting(WxrComment::id).containsExactly("1", "2", "4", "3");
    }

    private static WxrComment comment(String id, String parent) {
        return new WxrComment(id, parent, "n", "", "", "", "", "", "c", "1", "");
    }

    private static String parentOf(List<WxrComment> comments, String id) {
        return comments.stream().filter(comment -> comment.id().equals(id)).findFirst().orElseThrow().parentId();
    }
}
