package org.newsroom.support.http;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.exceptions.HttpStatusException;

import java.util.List;

/**
 * A path under {@code /health} that names no probe is not found. The framework's health endpoint reads the
 * segment as its probe selector (liveness or readiness, in any case) and would answer 400 to any other.
 */
@ServerFilter("/health/*")
public class UnknownHealthProbes {

    private static final String PREFIX = "/health/";
    private static final List<String> PROBES = List.of("liveness", "readiness");

    @RequestFilter
    public void refuseUnknownProbes(HttpRequest<?> request) {
        String probe = request.getPath().substring(PREFIX.length());
        if (!probe.isEmpty() && PROBES.stream().noneMatch(probe::equalsIgnoreCase)) {
            throw new HttpStatusException(HttpStatus.NOT_FOUND, "Nothing was found here.");
        }
    }
}
