package org.newsroom.comments.importing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * What became of each comment, in order: {@code created}, {@code unchanged} (imported before),
 * {@code updated} (imported before content formats were recorded: now shown as HTML), {@code deleted}
 * (imported before and deleted since: not brought back) or {@code rejected} with the reason.
 */
@Serdeable
public record CommentImportResult(List<Outcome> comments) {

    @Serdeable
    public record Outcome(@Nullable String source, String outcome, @Nullable String status, @Nullable String id,
                          @Nullable String reason) {
    }
}
