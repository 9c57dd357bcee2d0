package org.newsroom.support.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BidiIsolationTest {

    @Test
    void aValueWithAnOverrideIsIsolatedSoTheRestOfTheLineKeepsItsDirection() {
        assertThat(BidiIsolation.isolated("Eve \u202Egnp.exe")).isEqualTo("\u2068Eve \u202Egnp.exe\u2069");
        assertThat(BidiIsolation.isolated("\u202Bembedded")).startsWith("\u2068").endsWith("\u2069");
        assertThat(BidiIsolation.isolated("\u2067isolate left open")).startsWith("\u2068").endsWith("\u2069");
    }

    @Test
    void anyOtherValueIsLeftAsItIs() {
        assertThat(BidiIsolation.isolated("Dana")).isEqualTo("Dana");
        assertThat(BidiIsolation.isolated("محمد")).isEqualTo("محمد");
        assertThat(BidiIsolation.isolated("שלום \u200F!")).as("a right-to-left mark is no override").isEqualTo("שלום \u200F!");
    }
}
