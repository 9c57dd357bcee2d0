package org.newsroom.gateway.feeds;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Set;

/** Of the article ids asked about, those articles-service says are published. */
@Serdeable
record PublishedIds(@Nullable Set<String> ids) {

    boolean includes(String articleId) {
        return ids != null && ids.contains(articleId);
    }
}
