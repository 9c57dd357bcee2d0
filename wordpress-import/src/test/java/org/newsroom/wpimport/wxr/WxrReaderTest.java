package org.newsroom.wpimport.wxr;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WxrReaderTest {

    @Test
    void postFieldsAreRead() throws Exception {
        WxrItem post = Exports.items("wxr-1.2-threads.xml").get(0);

        assertThat(post.isPost()).isTrue();
        assertThat(post.id()).isEqualTo("10");
        assertThat(post.title()).isEqualTo("Reply before parent");
        assertThat(post.name()).isEqualTo("reply-before-parent");
        assertThat(post.creator()).isEqualTo("editor");
        assertThat(post.content()).isEqualTo("<p>Body</p>");
        assertThat(post.status()).isEqualTo("publish");
        assertThat(post.commentStatus()).isEqualTo("open");
        assertThat(post.date()).isEqualTo("2020-01-02 03:04:05");
        assertThat(post.dateGmt()).isEqualTo("2020-01-02 01:04:05");
    }

    @Test
    void onlyPostTagCategoriesAreTags() throws Exception {
        assertThat(Exports.items("wxr-1.2-threads.xml").get(0).tags()).containsExactly("Threads", "Order");
    }

    @Test
    void theSiteIsTheBlogAddressWithoutTrailingSlash() throws Exception {
        WxrSite site = WxrReader.validate(Exports.file("wxr-1.2-threads.xml"));

        assertThat(site.siteUrl()).isEqualTo("https://threads.example.org");
        assertThat(site.wxrVersion()).isEqualTo("1.2");
        assertThat(site.items()).isEqualTo(3);
        assertThat(site.comments()).isEqualTo(7);
    }

    @Test
    void otherItemTypesAreReadWithTheirType() throws Exception {
        List<WxrItem> items = Exports.items("wxr-1.2-threads.xml");

        assertThat(items).extracting(WxrItem::type).containsExactly("post", "page", "post");
        assertThat(items.get(1).isPost()).isFalse();
    }

    @Test
    void aDraftHasNoGmtDateAndMayHaveNoSlug() throws Exception {
        WxrItem draft = Exports.items("wxr-1.2-threads.xml").get(2);

        assertThat(draft.status()).isEqualTo("draft");
        assertThat(draft.dateGmt()).isEqualTo("0000-00-00 00:00:00");
        assertThat(draft.name()).isEmpty();
        assertThat(draft.commentStatus()).isEqualTo("closed");
    }

    @Test
    void commentFieldsAreRead() throws Exception {
        WxrComment grandchild = Exports.items("wxr-1.2-threads.xml").get(0).comments().stream()
                .filter(comment -> comment.id().equals("3")).findFirst().orElseThrow();

        assertThat(grandchild.authorName()).isEqualTo("Grandchild");
        assertThat(grandchild.authorEmail()).isEqualTo("c@example.org");
        assertThat(grandchild.authorIp()).isEqualTo("192.0.2.3");
        assertThat(grandchild.dateGmt()).isEqualTo("2020-01-03 09:00:00");
        assertThat(grandchild.date()).isEqualTo("2020-01-03 10:00:00");
        assertThat(grandchild.content()).isEqualTo("third");
        assertThat(grandchild.approved()).isEqualTo("1");
        assertThat(grandchild.parentId()).isEqualTo("2");
    }

    @Test
    void pingbacksAreReadAsSuch() throws Exception {
        assertThat(Exports.items("wxr-1.2-threads.xml").get(0).comments())
                .filteredOn(WxrComment::isPingOrTrackback).extracting(WxrComment::id).containsExactly("7");
    }

    @Test
    void wxr10WithOddPrefixesIsReadByNamespace() throws Exception {
        WxrSite site = WxrReader.validate(Exports.file("wxr-1.0-odd-prefixes.xml"));
        WxrItem post = Exports.items("wxr-1.0-odd-prefixes.xml").get(0);

        assertThat(site.wxrVersion()).isEqualTo("1.0");
        assertThat(site.siteUrl()).isEqualTo("http://old.example.org");
        assertThat(post.isPost()).isTrue();
        assertThat(post.creator()).isEqualTo("admin");
        assertThat(post.content()).isEqualTo("Hello");
        assertThat(post.name()).isEqualTo("old-post");
        assertThat(post.tags()).isEmpty();
        assertThat(post.comments()).singleElement()
                .satisfies(comment -> assertThat(comment.content()).isEqualTo("Prefix declared on the element itself"));
    }

    @Test
    void wxr11WithHttpsNamespacesIsRead() throws Exception {
        WxrItem post = Exports.items("wxr-1.1-https-text.xml").get(0);

        assertThat(WxrReader.validate(Exports.file("wxr-1.1-https-text.xml")).wxrVersion()).isEqualTo("1.1");
        assertThat(post.isPost()).isTrue();
        assertThat(post.creator()).isEqualTo("editor");
        assertThat(post.excerpt()).isEqualTo("Short");
        assertThat(post.name()).isEqualTo("%d7%a9%d7%9c%d7%95%d7%9d-world");
    }

    @Test
    void cdataSplitInSeveralSectionsIsJoined() throws Exception {
        WxrItem post = Exports.items("wxr-1.1-https-text.xml").get(0);

        assertThat(post.content()).startsWith("<p>Split ]]> CDATA</p><p>zero");
        assertThat(post.comments().get(0).content()).isEqualTo("Part one, part two \uD83D\uDE80");
    }

    @Test
    void emojiRtlAndZeroWidthCharactersAreKeptExactly() throws Exception {
        WxrItem post = Exports.items("wxr-1.1-https-text.xml").get(0);

        assertThat(post.title()).isEqualTo("Emoji \uD83C\uDF89 and \u05e9\u05dc\u05d5\u05dd");
        assertThat(post.content()).endsWith("<p>zero\u200bwidth, RTL mark: \u200fx \u05e9\u05dc\u05d5\u05dd, family: "
                + "\uD83D\uDC68\u200d\uD83D\uDC69\u200d\uD83D\uDC67</p>");
        assertThat(post.comments().get(0).authorName()).isEqualTo("\u0645\u0631\u062d\u0628\u0627");
    }
}
