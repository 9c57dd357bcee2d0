package org.newsroom.articles;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SlugsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Élan & Café|elan-cafe",
            "  Hello,   World!  |hello-world",
            "Straße in Zürich|strasse-in-zurich",
            "Αθήνα 2024|athena-2024",
            "Москва сегодня|moskva-segodna",
            "--already-sluggy--|already-sluggy",
            "C++ & C# 101|c-c-101"})
    void titlesBecomeLowerCaseAsciiSlugs(String title, String slug) {
        assertThat(Slugs.fromTitle(title)).isEqualTo(slug).matches(Slugs.PATTERN);
    }

    @ParameterizedTest
    @CsvSource({"ok-slug,true", "Bad-Slug,false", "double--hyphen,false", "-lead,false", "trail-,false", "a b,false"})
    void onlyWellFormedSlugsAreValid(String slug, boolean valid) {
        assertThat(Slugs.isValid(slug)).isEqualTo(valid);
    }
}
