package org.newsroom.articles;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTokensTest {

    @Test
    void wordsInAnyScriptBecomeLowerCaseAsciiTokens() {
        assertThat(SearchTokens.of("Élan & Café — Straße", "Ελληνικά naïve résumé, l’été Ærø 2024 İstanbul Москва ２０２４"))
                .containsExactly("elan", "cafe", "strasse", "ellenika", "naive", "resume", "l", "ete", "aero", "2024", "istanbul",
                        "moskva");
    }

    @Test
    void hanKanaAndHangulAreStoredAsCharactersAndPairsAndAQueryAsksForItsPairs() {
        assertThat(SearchTokens.of("東京で会議。"))
                .containsExactly("東", "東京", "京", "京で", "で", "で会", "会", "会議", "議");
        assertThat(SearchTokens.ofQuery("東京で会議")).containsExactly("東京", "京で", "で会", "会議");
        assertThat(SearchTokens.ofQuery("東")).containsExactly("東");
        assertThat(SearchTokens.ofQuery("서울에서")).containsExactly("서울", "울에", "에서");
        assertThat(SearchTokens.ofQuery("iPhone発売")).containsExactly("iphone", "発売");
    }

    @Test
    void halfWidthKanaAndFullWidthLettersAreTheirUsualForms() {
        assertThat(SearchTokens.ofQuery("ﾆｭｰｽ")).isEqualTo(SearchTokens.ofQuery("ニュース")).containsExactly("ニュ", "ュー", "ース");
        assertThat(SearchTokens.ofQuery("ＡＢＣ２０２４")).containsExactly("abc2024");
    }

    @Test
    void aWordRepeatedThroughALongBodyIsOneTokenAndOverlongWordsKeepTheirFirst64Characters() {
        String body = ("<p>Été " + "é".repeat(1000) + " MOT</p>\n").repeat(200);

        assertThat(SearchTokens.of(body)).containsExactly("p", "ete", "e".repeat(64), "mot");
        assertThat(SearchTokens.ofQuery("É".repeat(65))).containsExactly("e".repeat(64));
    }

    @Test
    void anEmojiWithWhatJoinsItIsAWordWithOrWithoutItsPresentationSelector() {
        assertThat(SearchTokens.of("Party🎉time 👩‍👩‍👧‍👦 ❤️ 👍🏽 🇯🇵"))
                .containsExactly("party", "🎉", "time", "👩‍👩‍👧‍👦", "❤", "👍🏽", "🇯🇵");
        assertThat(SearchTokens.ofQuery("❤️")).containsExactly("❤");
        assertThat(SearchTokens.ofQuery("? * — (")).isEmpty();
        assertThat(SearchTokens.of("★" + "\u0301".repeat(1000))).singleElement()
                .satisfies(symbol -> assertThat(symbol.codePointCount(0, symbol.length())).isEqualTo(64));
    }
}
