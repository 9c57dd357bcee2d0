package org.newsroom.articles;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** What an editor sends to create or replace an article. */
@Serdeable
public record ArticleInput(
        @NotBlank @Size(max = 300) String title,
        @NotNull @Size(max = 200_000) String body,
        @Nullable @Size(max = 120) @Pattern(regexp = Slugs.PATTERN, message = "must be lower-case letters and digits separated by single hyphens") String slug,
        @Nullable @Size(max = 1000) String excerpt,
        @Nullable @Size(max = 100) String author,
        @Nullable @Size(max = 20) List<@NotBlank @Size(max = 50) String> tags,
        @Nullable @Pattern(regexp = "draft|published", message = "must be draft or published") String status,
        @Nullable @Pattern(regexp = "open|closed", message = "must be open or closed") String commentStatus,
        @Nullable Long version) {
}
