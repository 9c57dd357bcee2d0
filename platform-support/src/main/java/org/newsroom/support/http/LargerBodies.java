package org.newsroom.support.http;

import io.micronaut.http.HttpRequest;

import java.util.OptionalLong;

/** Requests of one server that may carry more than {@code body-limit.max-bytes}, e.g. the gateway's page forms. */
public interface LargerBodies {

    /** The limit for this request, or empty when the server's own applies. */
    OptionalLong maxBytes(HttpRequest<?> request);
}
