package org.newsroom.wpimport.wxr;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RefusedExportTest {

    @Test
    void aDoctypeWithAnExternalEntityIsRefusedNeverResolved() {
        assertThatThrownBy(() -> WxrReader.validate(Exports.file("doctype-xxe.xml")))
                .isInstanceOf(InvalidExport.class).hasMessageContaining("DOCTYPE");
    }

    @Test
    void theSecondPassRefusesADoctypeToo() {
        assertThatThrownBy(() -> WxrReader.read(Exports.file("doctype-xxe.xml"), item -> {
            throw new AssertionError("no item may be read from a file with a DOCTYPE: " + item.title());
        })).isInstanceOf(InvalidExport.class).hasMessageContaining("DOCTYPE");
    }

    @Test
    void entityExpansionIsRefused() {
        assertThatThrownBy(() -> WxrReader.validate(Exports.file("billion-laughs.xml")))
                .isInstanceOf(InvalidExport.class).hasMessageContaining("DOCTYPE");
    }

    @Test
    void aTruncatedFileIsNotWellFormedWithItsLine() {
        assertThatThrownBy(() -> WxrReader.validate(Exports.file("truncated.xml")))
                .isInstanceOf(InvalidExport.class).hasMessageStartingWith("not well-formed XML at line");
    }

    @Test
    void aFeedWithoutWxrVersionIsNotAnExport() {
        assertThatThrownBy(() -> WxrReader.validate(Exports.file("not-wxr.xml")))
                .isInstanceOf(InvalidExport.class).hasMessageContaining("wp:wxr_version");
    }

    @Test
    void anotherDocumentIsNotAnExport() {
        assertThatThrownBy(() -> WxrReader.validate(Exports.file("not-rss.xml")))
                .isInstanceOf(InvalidExport.class).hasMessageContaining("<feed>");
    }

    @Test
    void anEmptyFileIsNotWellFormed() {
        assertThatThrownBy(() -> WxrReader.validate(Exports.file("empty.xml")))
                .isInstanceOf(InvalidExport.class).hasMessageStartingWith("not well-formed XML");
    }

    @Test
    void anElementWhereWordPressWritesTextIsNamedInTheFirstPass(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = dir.resolve("markup-in-title.xml");
        Files.writeString(file, "<rss xmlns:wp=\"http://wordpress.org/export/1.2/\"><channel><link>https://blog.example</link>"
                + "<wp:wxr_version>1.2</wp:wxr_version><item><title>Fine</title><wp:post_id>1</wp:post_id></item>\n"
                + "<item><title>Big <b>news</b></title><wp:post_id>2</wp:post_id></item></channel></rss>");

        assertThatThrownBy(() -> WxrReader.validate(file)).isInstanceOf(InvalidExport.class)
                .hasMessage("not a WordPress export: <title> holds an element, <b> at line 2, where WordPress writes text");
    }

    @Test
    void anUndeclaredEntityIsNotWellFormed(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = dir.resolve("undeclared.xml");
        Files.writeString(file, "<rss xmlns:wp=\"http://wordpress.org/export/1.2/\"><channel><link>x</link>"
                + "<wp:wxr_version>1.2</wp:wxr_version><item><title>&secret;</title></item></channel></rss>");

        assertThatThrownBy(() -> WxrReader.validate(file)).isInstanceOf(InvalidExport.class);
        assertThat(Files.exists(file)).isTrue();
    }
}
