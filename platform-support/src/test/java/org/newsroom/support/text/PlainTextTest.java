package org.newsroom.support.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PlainTextTest {

    private static String codePoints(String value) {
        return value.codePoints().mapToObj(c -> String.format("U+%04X", c)).toList().toString();
    }

    @Test
    void aValueOfOnlyInvisibleCharactersIsNotVisible() {
        List<String> invisible = List.of("\u202E", "\u2066\u2069", "\u00AD", "\u3164", "\u034F", "\u200B", "\uFEFF", "\u115F",
                "\u1160", "\uFFA0", "\u2800", "\u0301", "\u180E", "\u3000", "\uDB40\uDC20", "\u202E\u3164 \u034F\u00AD");

        for (String value : invisible) {
            assertThat(PlainText.isVisible(value)).as(codePoints(value)).isFalse();
        }
    }

    @Test
    void aValueWithOneCharacterThatShowsIsVisibleWhateverSurroundsIt() {
        List<String> visible = List.of("Dana", "a\u0301", "\u202EDana", "\u2066Dana\u2069", "\uD83D\uDE00", "\u674E", "\u05E9",
                "\u3164x", ".", "", "D\u00ADana");

        for (String value : visible) {
            assertThat(PlainText.isVisible(value)).as(codePoints(value)).isTrue();
        }
    }
}
