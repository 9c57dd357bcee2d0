package org.newsroom.wpimport.wxr;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** WordPress's own theme unit test export (WXR 1.2, https namespaces), copied from ../shared/fixtures. */
class ThemeUnitTestExportTest {

    private static final String FILE = "theme-unit-test.xml";

    @Test
    void theWholeFileIsValid() throws Exception {
        WxrSite site = WxrReader.validate(Exports.file(FILE));

        assertThat(site.wxrVersion()).isEqualTo("1.2");
        assertThat(site.siteUrl()).isEqualTo("https://wpthemetestdata.wordpress.com");
        assertThat(site.items()).isEqualTo(186);
    }

    @Test
    void itemsAreCountedByType() throws Exception {
        Map<String, Long> types = Exports.items(FILE).stream().collect(Collectors.groupingBy(WxrItem::type, Collectors.counting()));

        assertThat(types.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(186);
        assertThat(types).containsKeys("post", "page", "attachment", "nav_menu_item");
    }

    @Test
    void theOnePasswordProtectedPostIsReadWithItsPassword() throws Exception {
        List<WxrItem> protectedPosts = Exports.items(FILE).stream().filter(item -> !item.password().isEmpty()).toList();

        assertThat(protectedPosts).singleElement().satisfies(item -> {
            assertThat(item.password()).isEqualTo("enter");
            assertThat(item.title()).startsWith("Template: Password Protected");
        });
    }

    @Test
    void aTitleWithMarkupIsReadAsItsTextAndKeepsItsSlug() throws Exception {
        WxrItem post = Exports.items(FILE).stream().filter(item -> item.name().equals("markup-title-with-markup")).findFirst().orElseThrow();

        assertThat(post.title()).isEqualTo("Markup: Title With Markup");
    }

    @Test
    void aTitleWithSpecialCharactersIsKeptAsWordPressShowsIt() throws Exception {
        WxrItem post = Exports.items(FILE).stream().filter(item -> item.name().equals("title-with-special-characters")).findFirst()
                .orElseThrow();

        assertThat(post.title()).isEqualTo("Markup: Title With Special Characters ~`!@#$%^&*()-_=+{}[]/\\;:'\"?,.>");
    }

    @Test
    void everyReplyComesAfterItsParent() throws Exception {
        for (WxrItem item : Exports.items(FILE)) {
            List<String> seen = new java.util.ArrayList<>();
            for (WxrComment comment : item.comments()) {
                assertThat(comment.isTopLevel() || seen.contains(comment.parentId()))
                        .as("comment %s of item %s", comment.id(), item.id()).isTrue();
                seen.add(comment.id());
            }
        }
    }

    @Test
    void threadsGoDeeperThanFiveLevels() throws Exception {
        int deepest = 0;
        for (WxrItem item : Exports.items(FILE)) {
            Map<String, Integer> depth = new java.util.HashMap<>();
            for (WxrComment comment : item.comments()) {
                int level = comment.isTopLevel() ? 1 : depth.get(comment.parentId()) + 1;
                depth.put(comment.id(), level);
                deepest = Math.max(deepest, level);
            }
        }
        assertThat(deepest).isGreaterThan(5);
    }

    @Test
    void commentsAreApprovedHeldOrPings() throws Exception {
        List<WxrComment> comments = Exports.items(FILE).stream().filter(WxrItem::isPost).flatMap(item -> item.comments().stream()).toList();

        assertThat(comments).filteredOn(comment -> !comment.isPingOrTrackback()).extracting(WxrComment::approved)
                .containsOnly("1", "0");
        assertThat(comments).filteredOn(WxrComment::isPingOrTrackback).isNotEmpty();
    }
}
