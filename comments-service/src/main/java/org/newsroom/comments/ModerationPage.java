package org.newsroom.comments;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

@Serdeable
public record ModerationPage(List<ModeratedComment> items, int page, int size, long total, long totalPages) {
}
