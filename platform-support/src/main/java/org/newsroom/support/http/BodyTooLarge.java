package org.newsroom.support.http;

import io.micronaut.http.exceptions.ContentLengthExceededException;

/** A body over a path's limit, refused before it is read; its message is the problem's detail. */
public class BodyTooLarge extends ContentLengthExceededException {

    public BodyTooLarge(long maxBytes) {
        super("The request body is too large: at most " + maxBytes + " bytes here.");
    }
}
