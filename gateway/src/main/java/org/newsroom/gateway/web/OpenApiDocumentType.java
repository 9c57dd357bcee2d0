package org.newsroom.gateway.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * The OpenAPI document under {@code /swagger/} is YAML, {@code application/yaml} (RFC 9512): Micronaut knows
 * no type for {@code .yml} and would send the static file as {@code text/plain}. Swagger UI loads it as text
 * and parses as YAML whatever is neither a JSON nor an XML type, so it reads it as before.
 */
@ServerFilter("/swagger/**")
public class OpenApiDocumentType {

    static final String YAML = "application/yaml";

    @ResponseFilter
    public void yaml(HttpRequest<?> request, MutableHttpResponse<?> response) {
        String path = request.getPath();
        if (response.code() == 200 && (path.endsWith(".yml") || path.endsWith(".yaml"))) {
            response.contentType(YAML);
        }
    }
}
