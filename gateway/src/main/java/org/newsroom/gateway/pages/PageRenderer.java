package org.newsroom.gateway.pages;

import io.micronaut.http.HttpRequest;
import io.micronaut.views.ViewsRenderer;
import io.micronaut.views.jte.HtmlJteViewsRenderer;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Renders the precompiled JTE templates (HTML, auto-escaping) into bytes. Rendering is pure CPU work
 * on data already fetched, so it may run where the data arrived; a template that fails gives the
 * caller an exception to answer with an error page, never a half-written response.
 */
@Singleton
public class PageRenderer {

    private static final Logger LOG = LoggerFactory.getLogger(PageRenderer.class);

    private final ViewsRenderer<Map<String, Object>, HttpRequest<?>> views;

    public PageRenderer(HtmlJteViewsRenderer<Map<String, Object>> views) {
        this.views = views;
    }

    /** The template {@code name} with its one parameter {@code page}. */
    public byte[] render(String name, Object page) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        try {
            views.render(name, Map.of("page", page), null).writeTo(out, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            LOG.error("Template {} failed to render", name, e);
            throw new PageRenderingFailed(name, e);
        }
        return out.toByteArray();
    }

    /** A template that could not be rendered. */
    public static final class PageRenderingFailed extends RuntimeException {
        PageRenderingFailed(String name, Throwable cause) {
            super("template " + name + " failed", cause);
        }
    }
}
