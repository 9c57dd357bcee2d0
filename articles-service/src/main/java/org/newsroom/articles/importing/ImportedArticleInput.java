package org.newsroom.articles.importing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.newsroom.support.http.StrictString;
import org.newsroom.support.http.StrictStringList;

import java.time.Instant;
import java.util.List;

/**
 * An article from another platform (a WordPress post): {@code source} names it there (site address
 * and post id) and makes a second import of it find the first; {@code slug} is a wish made valid
 * here; {@code body} is HTML; {@code date} is its original publication (or creation) date.
 */
@Serdeable
public record ImportedArticleInput(
        @NotBlank @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "must be the http(s) address of the original")
        @Serdeable.Deserializable(using = StrictString.class) String source,
        @Nullable @Size(max = 2000) @Serdeable.Deserializable(using = StrictString.class) String slug,
        @Nullable @Size(max = 300) @Serdeable.Deserializable(using = StrictString.class) String title,
        @Nullable @Size(max = 2_000_000) @Serdeable.Deserializable(using = StrictString.class) String body,
        @Nullable @Size(max = 10_000) @Serdeable.Deserializable(using = StrictString.class) String excerpt,
        @Nullable @Size(max = 100) @Serdeable.Deserializable(using = StrictString.class) String author,
        @Nullable @Size(max = 1000) @Serdeable.Deserializable(using = StrictStringList.class) List<@NotNull @Size(max = 200) String> tags,
        @NotNull @Pattern(regexp = "draft|published", message = "must be draft or published") @Serdeable.Deserializable(using = StrictString.class) String status,
        @NotNull @Pattern(regexp = "open|closed", message = "must be open or closed") @Serdeable.Deserializable(using = StrictString.class) String commentStatus,
        @Nullable Instant date) {
}
