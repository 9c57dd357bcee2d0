package org.newsroom.gateway.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

/** The Swagger UI page at {@code /swagger-ui} itself; its assets are static resources under it. */
@Controller("/swagger-ui")
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
public class SwaggerUi {

    private final SwaggerUiPage page;

    public SwaggerUi(SwaggerUiPage page) {
        this.page = page;
    }

    @Get
    @Produces({MediaType.TEXT_HTML, MediaType.ALL})
    public HttpResponse<byte[]> index() {
        return HttpResponse.ok(page.html()).contentType(WebPages.HTML);
    }
}
