package org.newsroom.articles;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTokensTest {

    @Test
    void wordsInAnyScriptBecomeLowerCaseAsciiTokens() {
        assertThat(SearchTokens.of("Élan & Café — Straße", "北京 naïve résumé, l’été Ærø 2024"))
                .containsExactly("elan", "cafe", "strasse", "bei", "jing", "naive", "resume", "l", "ete", "aero", "2024");
    }

    @Test
    void aWordRepeatedThroughALongBodyIsOneTokenAndOverlongRunsAreLeftOut() {
        String body = ("<p>Été " + "é".repeat(1000) + " MOT</p>\n").repeat(200);

        assertThat(SearchTokens.of(body)).containsExactly("p", "ete", "mot");
    }
}
