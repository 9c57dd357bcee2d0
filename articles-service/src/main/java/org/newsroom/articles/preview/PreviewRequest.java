package org.newsroom.articles.preview;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.newsroom.support.http.StrictString;
import org.newsroom.support.text.PlainText;

/** A body to render (the limits of a saved article; empty is allowed, the editor has just begun) and the excerpt typed, if any. */
@Serdeable
public record PreviewRequest(
        @NotNull @Size(max = 200_000) @Pattern(regexp = PlainText.LINES, message = PlainText.LINES_MESSAGE) @Serdeable.Deserializable(using = StrictString.class) String body,
        @Nullable @Size(max = 1000) @Pattern(regexp = PlainText.LINES, message = PlainText.LINES_MESSAGE) @Serdeable.Deserializable(using = StrictString.class) String excerpt) {

    public PreviewRequest {
        excerpt = excerpt == null ? null : excerpt.strip();
    }
}
