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

/** The three pages readers and moderators open; read once at startup, served from memory. */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
public class WebPages {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final MediaType HTML = MediaType.of("text/html;charset=utf-8");

    private final byte[] front;
    private final byte[] article;
    private final byte[] moderation;

    public WebPages(ResourceResolver resources) {
        this.front = read(resources, "index.html");
        this.article = read(resources, "article.html");
        this.moderation = read(resources, "moderation.html");
    }

    @Get
    @Produces("text/html")
    public HttpResponse<byte[]> front() {
        return HttpResponse.ok(front).contentType(HTML);
    }

    @Get("/articles/{slug}")
    @Produces("text/html")
    public HttpResponse<byte[]> article(String slug) {
        if (slug.length() > 120 || !SLUG.matcher(slug).matches()) {
            return HttpResponse.<byte[]>status(HttpStatus.NOT_FOUND).body(article).contentType(HTML);
        }
        return HttpResponse.ok(article).contentType(HTML);
    }

    @Get("/moderation")
    @Produces("text/html")
    public HttpResponse<byte[]> moderation() {
        return HttpResponse.ok(moderation).contentType(HTML);
    }

    private static byte[] read(ResourceResolver resources, String name) {
        try (InputStream in = resources.getResourceAsStream("classpath:public/" + name).orElseThrow()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
