package org.newsroom.comments.position;

import io.micronaut.serde.annotation.Serdeable;

/** Where a visible comment shows: the top-level comment of its thread and the page (of {@code size} threads) that holds it. */
@Serdeable
public record ThreadPosition(String id, String rootId, int page, int size) {
}
