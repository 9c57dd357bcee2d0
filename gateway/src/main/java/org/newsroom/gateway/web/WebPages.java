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
import java.util.regex.Pattern;

/**
 * The pages readers and moderators open, read once at startup and served from memory. Their scripts
 * fetch everything else from the public API; {@link SecurityHeaders} adds the policy headers.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
public class WebPages {

    /** The shape articles-service gives slugs; anything else can never be an article. */
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int MAX_SLUG_LENGTH = 120;
    static final MediaType HTML = MediaType.of("text/html; charset=utf-8");

    private final byte[] front;
    private final byte[] article;
    private final byte[] moderation;
    private final byte[] editor;
    private final byte[] notFound;

    public WebPages(ResourceResolver resources) {
        this.front = read(resources, "index.html");
        this.article = read(resources, "article.html");
        this.moderation = read(resources, "moderation.html");
        this.editor = read(resources, "editor.html");
        this.notFound = read(resources, "not-found.html");
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<byte[]> front() {
        return page(HttpStatus.OK, front);
    }

    @Get("/articles/{slug}")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<byte[]> article(String slug) {
        boolean wellFormed = slug.length() <= MAX_SLUG_LENGTH && SLUG.matcher(slug).matches();
        return wellFormed ? page(HttpStatus.OK, article) : page(HttpStatus.NOT_FOUND, notFound);
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
