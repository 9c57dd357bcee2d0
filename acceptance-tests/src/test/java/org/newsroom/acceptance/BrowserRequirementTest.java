package org.newsroom.acceptance;

import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Browser tests skip on a developer's machine without Chromium, but fail under CI. */
class BrowserRequirementTest {

    @Test
    void aMissingBrowserFailsUnderCi() {
        assertThatThrownBy(() -> Browser.requireInstalled(false, "true")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("CI=true");
    }

    @Test
    void aMissingBrowserSkipsOutsideCi() {
        assertThatThrownBy(() -> Browser.requireInstalled(false, null)).isInstanceOf(TestAbortedException.class);
    }

    @Test
    void anInstalledBrowserRuns() {
        assertThatCode(() -> Browser.requireInstalled(true, "true")).doesNotThrowAnyException();
    }
}
