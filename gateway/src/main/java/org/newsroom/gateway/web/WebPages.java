package org.newsroom.gateway.web;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
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

/**
 * The moderators' page, read once at startup and served from memory; its script fetches everything
 * else from the API. The readers' pages are rendered ({@code pages}); {@link SecurityHeaders} adds the policy headers.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
public class WebPages {

    static final MediaType HTML = MediaType.of("text/html; charset=utf-8");

    private final byte[] moderation;
    private final byte[] editor;

    public WebPages(ResourceResolver resources) {
        this.moderation = read(resources, "moderation.html");
        this.editor = read(resources, "editor.html");
    }

    @Get("/moderation")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<byte[]> moderation() {
        return page(HttpStatus.OK, moderation);
    }

    @Get("/editor")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<byte[]> editor() {
        return page(HttpStatus.OK, editor);
    }

    private static HttpResponse<byte[]> page(HttpStatus status, byte[] html) {
        // the pages are tiny and change with every deployment: browsers revalidate instead of keeping stale copies
        return HttpResponse.<byte[]>status(status).body(html).contentType(HTML).header("Cache-Control", "no-cache");
    }

    private static byte[] read(ResourceResolver resources, String name) {
        try (InputStream in = resources.getResourceAsStream("classpath:public/" + name)
                .orElseThrow(() -> new IllegalStateException("missing page public/" + name))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
