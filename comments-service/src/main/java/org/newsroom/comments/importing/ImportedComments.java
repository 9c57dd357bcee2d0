package org.newsroom.comments.importing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Comments of one article, each parent before its replies. */
@Serdeable
public record ImportedComments(
        @NotNull @Pattern(regexp = "[0-9a-f]{24}", message = "must be an article id") String articleId,
        @Nullable @Size(max = 200) String articleSlug,
        @NotNull @Size(min = 1, max = 100) List<@NotNull @Valid ImportedCommentInput> comments) {
}
