package org.newsroom.gateway.pages;

import io.micronaut.core.annotation.Nullable;
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

    /** Unavailable, with the comment a reader typed given back, since the form it came from cannot be shown. */
    public Rendered unavailableKeeping(String typedComment) {
        return typedComment.isBlank() ? unavailable() : of(503, "Your comment could not be sent right now",
                "The site cannot show this article at the moment, so your comment was not sent. "
                        + "Copy it from below and send it again shortly.", typedComment);
    }

    public Rendered of(int status, String heading, String text) {
        return of(status, heading, text, null);
    }

    private Rendered of(int status, String heading, String text, @Nullable String keptText) {
        PageHead head = new PageHead(heading + " — " + site.name(), heading, text, site.absolute("/"), "website", site.name(),
                null, null, List.of(), null, List.of(), false, false);
        byte[] html;
        try {
            html = renderer.render("message", new MessagePageModel(site.name(), head, heading, text, keptText));
        } catch (PageRenderer.PageRenderingFailed e) {
            html = FALLBACK;
        }
        return Rendered.page(status, html, false);
    }
}
