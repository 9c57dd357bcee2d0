package org.newsroom.gateway.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

/** {@code /favicon.ico}, where browsers and feed readers look for a site's icon without reading a page: the site's SVG icon. */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
public class FaviconAddress {

    static final String ICON = "/static/favicon.svg";

    @Get("/favicon.ico")
    @Produces(MediaType.ALL)
    public HttpResponse<?> favicon() {
        return HttpResponse.status(HttpStatus.MOVED_PERMANENTLY).header("Location", ICON).header("Cache-Control", "public, max-age=86400");
    }
}
