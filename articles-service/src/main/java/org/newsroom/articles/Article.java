package org.newsroom.articles;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;
import java.util.List;

/**
 * An article as stored: the body (Markdown, or HTML for imported articles: {@code bodyFormat}) with
 * its sanitized HTML and the words it can be found by. Articles stored before formats existed have none: Markdown.
 * {@code tags} are the tags' lower-case keys (what {@code tag=} matches), {@code tagNames} the same tags as written.
 * {@code updatedBy} is the account (JWT subject) that last created, edited, published, unpublished or imported it;
 * articles stored before it was kept have none.
 */
@MappedEntity("articles")
public record Article(
        @Id @GeneratedValue @Nullable String id,
        String slug,
        String title,
        String excerpt,
        String body,
        String bodyHtml,
        String author,
        List<String> tags,
        String status,
        String commentStatus,
        @Nullable Instant publishedAt,
        Instant createdAt,
        Instant updatedAt,
        @Version @Nullable Long version,
        List<String> searchTokens,
        @Nullable String bodyFormat,
        @Nullable String updatedBy,
        @Nullable List<String> tagNames) {

    public static final String DRAFT = "draft";
    public static final String PUBLISHED = "published";
    public static final String MARKDOWN = "markdown";
    public static final String HTML = "html";

    /** The tags as written; {@code tags} holds their lower-case keys. Articles stored before names were kept show their keys. */
    public List<String> shownTags() {
        return tagNames != null && tagNames.size() == tags.size() ? tagNames : tags;
    }

    /** The body's format; articles stored before formats existed are Markdown. */
    public static String formatOf(Article article) {
        return HTML.equals(article.bodyFormat()) ? HTML : MARKDOWN;
    }

    public boolean isPublished() {
        return PUBLISHED.equals(status);
    }
}
