package org.newsroom.articles.preview;

import io.micronaut.serde.annotation.Serdeable;

/** The sanitized HTML readers would get, and the excerpt the lists would show. */
@Serdeable
public record Preview(String bodyHtml, String excerpt) {
}
