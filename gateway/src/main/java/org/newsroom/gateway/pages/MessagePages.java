package org.newsroom.gateway.pages;

import jakarta.inject.Singleton;
import org.newsroom.gateway.http.Rendered;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Pages that only say something went wrong, each with its status; if even they cannot be rendered, a plain fallback. */
@Singleton
public class MessagePages {

    private static final byte[] FALLBACK = ("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Error</title></head>"
            + "<body><main id=\"main\"><h1>Something went wrong</h1><p>Please try again shortly.</p><p><a href=\"/\">Home</a></p>"
            + "</main></body></html>\n").getBytes(StandardCharsets.UTF_8);

    private final PageRenderer renderer;
    private final Site site;

    public MessagePages(PageRenderer renderer, Site site) {
        this.renderer = renderer;
        this.site = site;
    }

    public Rendered notFound() {
        return of(404, "Page not found", "There is no article at this address. It may have been moved or removed.");
    }

    public Rendered noSuchCommentPage() {
        return of(404, "Page not found", "This article has no such page of comments.");
    }

    public Rendered noSuchListPage() {
        return of(404, "Page not found", "There is no such page of articles.");
    }

    public Rendered unavailable() {
        return of(503, "This page could not be loaded right now", "Please try again shortly.");
    }

    public Rendered failed() {
        return of(500, "Something went wrong", "This page could not be shown. Please try again shortly.");
    }

    public Rendered of(int status, String heading, String text) {
        PageHead head = new PageHead(heading + " — " + site.name(), heading, text, site.absolute("/"), "website", site.name(),
                null, null, List.of(), null, List.of(), false, false);
        byte[] html;
        try {
            html = renderer.render("message", new MessagePageModel(site.name(), head, heading, text));
        } catch (PageRenderer.PageRenderingFailed e) {
            html = FALLBACK;
        }
        return Rendered.page(status, html, false);
    }
}
