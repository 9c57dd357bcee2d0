package org.newsroom.articles;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.newsroom.support.http.StrictString;
import org.newsroom.support.http.StrictStringList;
import org.newsroom.support.text.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * What an editor sends to create or replace an article. Text fields and tags are trimmed as they
 * arrive, so the limits apply to what is stored; tags keep their case (see {@link Tags}). The body keeps
 * its blanks (Markdown indents mean something), but a body of only blanks is empty. A new article
 * needs a body ({@link NewArticle}); a replacement may keep the blank body of an article imported without one
 * ({@link Articles#update}).
 */
@Serdeable
public record ArticleInput(
        @NotEmpty @Size(max = 300) @Pattern(regexp = PlainText.ONE_LINE, message = PlainText.ONE_LINE_MESSAGE) @Pattern(regexp = PlainText.VISIBLE, message = PlainText.VISIBLE_MESSAGE) @Serdeable.Deserializable(using = StrictString.class) String title,
        @NotBlank(groups = ArticleInput.NewArticle.class) @Nullable @Size(max = 200_000) @Pattern(regexp = PlainText.LINES, message = PlainText.LINES_MESSAGE) @Pattern(regexp = PlainText.VISIBLE_OR_BLANK, message = PlainText.VISIBLE_MESSAGE) @Serdeable.Deserializable(using = StrictString.class) String body,
        @Nullable @Size(max = Slugs.MAX_LENGTH) @Pattern(regexp = Slugs.PATTERN, message = "must be lower-case letters and digits separated by single hyphens") @Serdeable.Deserializable(using = StrictString.class) String slug,
        @Nullable @Size(max = 1000) @Pattern(regexp = PlainText.LINES, message = PlainText.LINES_MESSAGE) @Pattern(regexp = PlainText.VISIBLE_OR_BLANK, message = PlainText.VISIBLE_MESSAGE) @Serdeable.Deserializable(using = StrictString.class) String excerpt,
        @Nullable @Size(max = 100) @Pattern(regexp = PlainText.ONE_LINE, message = PlainText.ONE_LINE_MESSAGE) @Pattern(regexp = PlainText.VISIBLE, message = PlainText.VISIBLE_MESSAGE) @Serdeable.Deserializable(using = StrictString.class) String author,
        @Nullable @Size(max = Tags.MAX_TAGS) @Serdeable.Deserializable(using = StrictStringList.class) List<@NotEmpty @Size(max = Tags.MAX_TAG_LENGTH, message = "must be 1 to 50 characters") @Pattern(regexp = PlainText.ONE_LINE, message = PlainText.ONE_LINE_MESSAGE) @Pattern(regexp = PlainText.VISIBLE, message = PlainText.VISIBLE_MESSAGE) String> tags,
        @Nullable @Pattern(regexp = "draft|published", message = "must be draft or published") @Serdeable.Deserializable(using = StrictString.class) String status,
        @Nullable @Pattern(regexp = "open|closed", message = "must be open or closed") @Serdeable.Deserializable(using = StrictString.class) String commentStatus,
        @Nullable Long version) {

    public ArticleInput {
        title = strip(title);
        body = body != null && body.isBlank() ? "" : body;
        excerpt = strip(excerpt);
        author = strip(author);
        if (tags != null) {
            tags = tags.stream().map(tag -> tag == null ? null : tag.strip()).toList();
        }
    }

    /** The constraints only a new article has, on top of the others. */
    public interface NewArticle {
    }

    /** A blank body, a missing one included. */
    boolean hasBlankBody() {
        return body == null || body.isBlank();
    }

    ArticleInput withBody(String newBody) {
        return new ArticleInput(title, newBody, slug, excerpt, author, tags, status, commentStatus, version);
    }

    private static String strip(@Nullable String text) {
        return text == null ? null : text.strip();
    }
}
