package org.newsroom.gateway.pages;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.HtmlErrorResponseBodyProvider;
import jakarta.inject.Singleton;
import org.newsroom.gateway.http.Rendered;

import java.nio.charset.StandardCharsets;

/**
 * The HTML error page a browser gets for what no page of the gateway answers itself (an unknown address, a
 * method the address does not take, a request too long to read): the site's own message page, in its layout and
 * under its Content-Security-Policy, instead of Micronaut's page with an inline style the policy blocks. It says
 * the same for every method, so that a HEAD's length is the GET's; it names no exception and no field.
 */
@Singleton
@Replaces(HtmlErrorResponseBodyProvider.class)
public class ErrorPages implements HtmlErrorResponseBodyProvider {

    private final MessagePages messages;

    public ErrorPages(MessagePages messages) {
        this.messages = messages;
    }

    @Override
    public String body(ErrorContext context, HttpResponse<?> response) {
        return new String(page(response.code()).body(), StandardCharsets.UTF_8);
    }

    @Override
    public String contentType() {
        return Rendered.HTML;
    }

    private Rendered page(int status) {
        return switch (status) {
            case 404 -> messages.of(status, "Page not found", "There is nothing at this address. It may have been moved or removed.");
            case 405 -> messages.of(status, "This page cannot be opened", "This address only takes what the site's forms send. "
                    + "Go back to the page you came from, or see the latest articles.");
            case 413, 414, 431 -> messages.of(status, "Request too long", "This request was too long to be read.");
            case 401, 403 -> messages.of(status, "Not allowed", "This page cannot be shown to you.");
            default -> status >= 500 ? messages.failed()
                    : messages.of(status, "This page could not be shown", "The address could not be read. Please check it.");
        };
    }
}
