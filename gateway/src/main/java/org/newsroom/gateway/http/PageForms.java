package org.newsroom.gateway.http;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;

import java.util.Optional;

/**
 * Pages and the forms they post without script (urlencoded, from a client not asking for JSON): their
 * refusals are answered with the page and the reason in words, not with a problem. A refusal decided
 * before the form is read (the rate limit) is left on the request for the page to show.
 */
public final class PageForms {

    private static final String TOO_FAST = "newsroom.page-form.retry-after";

    private PageForms() {
    }

    public static boolean isPagePost(HttpRequest<?> request) {
        boolean urlencoded = request.getContentType()
                .map(type -> type.getName().equals(MediaType.APPLICATION_FORM_URLENCODED)).orElse(false);
        String accept = request.getHeaders().get(HttpHeaders.ACCEPT);
        boolean wantsJson = accept != null && accept.contains("json");
        return request.getMethod() == HttpMethod.POST && urlencoded && !wantsJson;
    }

    /** A page (GET) or a page's form post, outside the JSON API. */
    static boolean isPageRequest(HttpRequest<?> request) {
        boolean page = request.getMethod() == HttpMethod.GET && !request.getHeaders().get(HttpHeaders.ACCEPT, String.class, "").contains("json");
        return !request.getPath().startsWith("/api/") && (page || isPagePost(request));
    }

    static void refuseAsTooFast(HttpRequest<?> request, String retryAfterSeconds) {
        request.setAttribute(TOO_FAST, retryAfterSeconds);
    }

    /** The Retry-After seconds when the rate limit refused this page request. */
    public static Optional<String> tooFast(HttpRequest<?> request) {
        return request.getAttribute(TOO_FAST, String.class);
    }
}
