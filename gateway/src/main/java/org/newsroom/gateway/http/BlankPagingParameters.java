package org.newsroom.gateway.http;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import org.newsroom.support.http.InvalidInput;

import java.util.List;

/**
 * {@code page=} or {@code size=} with nothing after it is a value the API refuses (400 naming it),
 * not an absent one, which the routes would answer with the default page.
 */
@ServerFilter("/api/**")
public class BlankPagingParameters {

    private static final List<String> NAMES = List.of("page", "size");

    @RequestFilter
    public void refuseBlankValues(HttpRequest<?> request) {
        if (request.getMethod() != HttpMethod.GET && request.getMethod() != HttpMethod.HEAD) {
            return;
        }
        for (String name : NAMES) {
            if (request.getParameters().getAll(name).stream().anyMatch(String::isBlank)) {
                throw new InvalidInput(name, "must be a whole number");
            }
        }
    }
}
