package org.newsroom.gateway.feeds;

import io.micronaut.core.annotation.Nullable;
import org.newsroom.gateway.http.Rendered;

import java.time.Instant;

/** A finished feed or sitemap with the time of its newest change, for Last-Modified. */
record Published(Rendered rendered, @Nullable Instant lastModified) {
}
