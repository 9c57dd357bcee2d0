package org.newsroom.gateway.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * The pages and their files may run only the gateway's own scripts and styles: no inline code, no
 * framing, no plugins (Swagger UI's page: see {@link SwaggerUiPage}). Every answer outside the API
 * gets them, error pages of paths the site does not have included. API answers get nosniff too, so
 * no JSON is ever sniffed into a page.
 */
@ServerFilter("/**")
public class SecurityHeaders {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: data:; "
            + "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; object-src 'none'";

    private final SwaggerUiPage swaggerUi;

    public SecurityHeaders(SwaggerUiPage swaggerUi) {
        this.swaggerUi = swaggerUi;
    }

    @ResponseFilter
    public void secure(HttpRequest<?> request, MutableHttpResponse<?> response) {
        response.getHeaders().set("X-Content-Type-Options", "nosniff");
        if (!request.getPath().startsWith("/api/")) {
            response.getHeaders().set("Content-Security-Policy", request.getPath().startsWith("/swagger-ui") ? swaggerUi.policy() : POLICY);
            response.getHeaders().set("Referrer-Policy", "strict-origin-when-cross-origin");
            response.getHeaders().set("X-Frame-Options", "DENY");
        }
    }
}
