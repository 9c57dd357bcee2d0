package org.newsroom.comments;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.micronaut.context.ApplicationContext;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommentModerationTest {

    private static CommentModeration rules(String mode, String holdWords, String blockedWords) {
        ModerationSettings settings = new ModerationSettings();
        settings.setMode(mode);
        settings.setModerationWords(holdWords);
        settings.setBlockedWords(blockedWords);
        return new CommentModeration(settings);
    }

    private static final ContentRenderer RENDERER = new ContentRenderer();

    private static CommentModeration.Submission says(String content) {
        return submission("Dana", "dana@example.org", "https://dana.example", content);
    }

    private static CommentModeration.Submission submission(String name, String email, String url, String content) {
        return new CommentModeration.Submission(name, email, url, content, RENDERER.toSafeHtml(content));
    }

    @ParameterizedTest
    @ValueSource(strings = {"bogus", "manul", "off"})
    void aModeOtherThanAutoOrManualStopsTheStart(String mode) {
        assertThatThrownBy(() -> rules(mode, "", "")).hasMessageContaining("MODERATION_MODE must be auto or manual");
        assertThatThrownBy(() -> ApplicationContext.builder().properties(Map.of("comments.moderation.mode", mode,
                "jwt.secret", "comments-service-test-secret-0123456789abcdef")).start().close())
                .hasStackTraceContaining("MODERATION_MODE must be auto or manual");
        assertThat(rules(" MANUAL ", "", "").decide(says("Nice piece."), false, true)).isEqualTo("pending");
    }

    @Test
    void returningAuthorWithPlainTextIsApproved() {
        assertThat(rules("auto", "", "").decide(says("Nice piece."), false, true)).isEqualTo("approved");
    }

    @Test
    void firstTimeAuthorIsHeld() {
        assertThat(rules("auto", "", "").decide(says("Nice piece."), false, false)).isEqualTo("pending");
    }

    @Test
    void twoLinksHoldAComment() {
        CommentModeration auto = rules("auto", "", "");

        assertThat(auto.decide(says("see http://a.example and HTTPS://b.example"), false, true)).isEqualTo("pending");
        assertThat(auto.decide(says("just https://one.example"), false, true)).isEqualTo("approved");
    }

    @Test
    void everyLinkAReaderCanClickCountsNotOnlyTheTypedHttpOnes() {
        CommentModeration auto = rules("auto", "", "");

        assertThat(auto.decide(says("cheap pills www.spam1.example www.spam2.example www.spam3.example [x](//spam4.example)"),
                false, true)).isEqualTo("pending");
        assertThat(auto.decide(says("see www.one.example and [two](//two.example)"), false, true)).isEqualTo("pending");
        assertThat(auto.decide(says("only www.one.example"), false, true)).isEqualTo("approved");
    }

    @Test
    void typedAddressesThatAreNotLinksStillCount() {
        assertThat(rules("auto", "", "").decide(says("`https://a.example` and `https://b.example`"), false, true))
                .isEqualTo("pending");
    }

    @Test
    void authorUrlDoesNotCountAsALink() {
        var submission = submission("Dana", "d@example.org", "https://dana.example", "one https://a.example");

        assertThat(rules("auto", "", "").decide(submission, false, true)).isEqualTo("approved");
    }

    @Test
    void moderationWordsHoldAndBlockedWordsMarkSpamIgnoringCase() {
        CommentModeration words = rules("auto", "casino, loan", "viagra");

        assertThat(words.decide(says("Best CASINO in town"), false, true)).isEqualTo("pending");
        assertThat(words.decide(says("cheap Viagra"), false, true)).isEqualTo("spam");
        assertThat(words.decide(submission("Loan shark", "x@example.org", "", "hi"), false, true))
                .isEqualTo("pending");
    }

    @Test
    void manualModeHoldsEverythingButModerators() {
        CommentModeration manual = rules("manual", "", "");

        assertThat(manual.decide(says("Nice piece."), false, true)).isEqualTo("pending");
        assertThat(manual.decide(says("Nice piece."), true, false)).isEqualTo("approved");
    }

    @Test
    void moderatorIsApprovedEvenWithBlockedWords() {
        assertThat(rules("auto", "", "viagra").decide(says("viagra http://a http://b"), true, false)).isEqualTo("approved");
    }
}
