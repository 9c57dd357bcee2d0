package org.newsroom.support.text;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PlainTextTest {

    private static String codePoints(String value) {
        return value.codePoints().mapToObj(c -> String.format("U+%04X", c)).toList().toString();
    }

    @Test
    void theNamedNoncharactersAreRefusedInOneLineAndInLines() {
        for (int noncharacter : new int[] {0xFDD0, 0xFDEF, 0x1FFFE, 0x10FFFF}) {
            String value = "a" + Character.toString(noncharacter) + "b";

            assertThat(PlainText.isOneLine(value)).as(codePoints(value)).isFalse();
            assertThat(PlainText.isLines(value)).as(codePoints(value)).isFalse();
        }
    }

    @Test
    void all66NoncharactersAreRefusedAndTheirNeighboursAreNot() {
        List<Integer> noncharacters = new ArrayList<>();
        for (int c = 0xFDD0; c <= 0xFDEF; c++) {
            noncharacters.add(c);
        }
        for (int plane = 0; plane <= 0x10; plane++) {
            noncharacters.add(plane * 0x10000 + 0xFFFE);
            noncharacters.add(plane * 0x10000 + 0xFFFF);
        }

        assertThat(noncharacters).hasSize(66);
        for (int noncharacter : noncharacters) {
            assertThat(PlainText.isOneLine(Character.toString(noncharacter))).as("U+%X", noncharacter).isFalse();
            assertThat(PlainText.isLines(Character.toString(noncharacter))).as("U+%X", noncharacter).isFalse();
        }
        for (int neighbour : new int[] {0xFDCF, 0xFDF0, 0xFFFD, 0x1FFFD, 0x20000, 0x10FFFD}) {
            assertThat(PlainText.isOneLine(Character.toString(neighbour))).as("U+%X", neighbour).isTrue();
        }
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
