package org.newsroom.wpimport.wxr;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlTitleTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            "Markup: Title <em>With</em> <b>Mark<sup>up</sup></b> | Markup: Title With Markup",
            "Fish &amp; Chips &#8211; &ldquo;quoted&rdquo;       | Fish & Chips – “quoted”",
            "'  Two\n\t lines  '                                 | Two lines",
            "5 < 6 & 7 > 3                                       | 5 < 6 & 7 > 3",
            "Emoji \uD83C\uDF89 and \u05e9\u05dc\u05d5\u05dd     | Emoji \uD83C\uDF89 and \u05e9\u05dc\u05d5\u05dd",
            "<script>alert(1)</script>Safe                      | Safe",
            "''                                                  | ''"})
    void theTitleIsTheTextOfItsHtml(String html, String text) {
        assertThat(HtmlTitle.text(html)).isEqualTo(text);
    }
}
