package org.newsroom.support.http;

import io.micronaut.serde.annotation.Serdeable;

/** One rejected input field of a request, as listed in a problem's {@code errors}. */
@Serdeable
public record FieldError(String field, String message) {
}
