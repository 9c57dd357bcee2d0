package org.newsroom.articles;

import com.ibm.icu.text.Transliterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class LatinToAsciiTest {

    private static final Transliterator ICU = Transliterator.getInstance("Any-Latin; Latin-ASCII");

    @Test
    void everyCharacterConvertedWithoutIcuConvertsAsIcuWould() {
        IntStream.rangeClosed(0x80, 0x2FFF).mapToObj(c -> String.valueOf((char) c)).forEach(character -> {
            String converted = LatinToAscii.convert(character);
            if (converted != null) {
                assertThat(converted).as("U+%04X", (int) character.charAt(0)).isEqualTo(ICU.transliterate(character));
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"Élan & Café — l’été", "Straße in Zürich", "Łódź, Ærø, Œuvre, Þórr", "“Quoted” «cités» …",
            "Ñandú piñata", "Cà phê Việt Nam", "Ĳsselmeer", "e\u0301te\u0300 combining accents"})
    void latinTextIsConvertedWithoutIcuAsIcuWould(String text) {
        assertThat(LatinToAscii.convert(text)).isNotNull().isEqualTo(ICU.transliterate(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Москва", "Αθήνα", "北京", "Élan ©", "Café ½", "\u0301 a lone accent"})
    void textWithAnythingElseIsLeftToIcu(String text) {
        assertThat(LatinToAscii.convert(text)).isNull();
    }
}
