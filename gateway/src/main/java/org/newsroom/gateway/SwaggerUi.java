package org.newsroom.gateway;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

import java.net.URI;

/** {@code /swagger-ui} without the trailing part leads to the UI's page. */
@Controller("/swagger-ui")
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
public class SwaggerUi {

    @Get
    public HttpResponse<?> index() {
        return HttpResponse.seeOther(URI.create("/swagger-ui/index.html"));
    }
}
