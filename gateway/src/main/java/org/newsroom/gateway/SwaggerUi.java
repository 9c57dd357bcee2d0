package org.newsroom.gateway;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The Swagger UI page at {@code /swagger-ui} itself; its assets are static resources under it. */
@Controller("/swagger-ui")
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
public class SwaggerUi {

    private final byte[] page;

    public SwaggerUi(ResourceResolver resources) {
        try (InputStream in = resources.getResourceAsStream("classpath:META-INF/swagger/views/swagger-ui/index.html").orElseThrow()) {
            page = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<byte[]> index() {
        return HttpResponse.ok(page).contentType(MediaType.TEXT_HTML_TYPE);
    }
}
