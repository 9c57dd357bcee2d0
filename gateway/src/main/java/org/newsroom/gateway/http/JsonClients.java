package org.newsroom.gateway.http;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.server.annotation.PreMatching;

/**
 * Every {@code /api/} answer is JSON: {@code application/json}, or {@code application/problem+json} for an
 * error. A client whose Accept names only the problem type, or {@code application/*}, reads JSON, so it is
 * answered like one naming {@code application/json}: Micronaut's router matches Accept to a route's types
 * one for one and would refuse it 406 before the route could give it its problem (a 400 naming the field).
 */
@ServerFilter("/api/**")
public class JsonClients {

    @PreMatching
    @RequestFilter
    public void acceptJson(MutableHttpRequest<?> request) {
        if (request.accept().stream().noneMatch(MediaType.APPLICATION_JSON_TYPE::equals)
                && request.accept().stream().anyMatch(JsonClients::readsJson)) {
            request.getHeaders().add(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON);
        }
    }

    private static boolean readsJson(MediaType type) {
        return type.getName().equals(MediaType.APPLICATION_JSON_PROBLEM) || type.getName().equals("application/*");
    }
}
