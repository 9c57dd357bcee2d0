package org.newsroom.gateway.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import org.newsroom.gateway.pages.PageRenderer;
import org.newsroom.gateway.pages.Site;

/**
 * The signed-in consoles (moderation, editor), rendered once from their templates (one layout and
 * sign-in form, {@code jte/console}) and served from memory; their scripts fetch everything else from
 * the API. The readers' pages are rendered per view ({@code pages}); {@link SecurityHeaders} adds the policy headers.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
public class WebPages {

    static final MediaType HTML = MediaType.of("text/html; charset=utf-8");

    private final byte[] moderation;
    private final byte[] editor;

    public WebPages(PageRenderer renderer, Site site) {
        ConsolePageModel model = new ConsolePageModel(site.name());
        this.moderation = renderer.render("console/moderation", model);
        this.editor = renderer.render("console/editor", model);
    }

    @Get("/moderation")
    @Produces({MediaType.TEXT_HTML, MediaType.ALL})
    public HttpResponse<byte[]> moderation() {
        return page(HttpStatus.OK, moderation);
    }

    @Get("/editor")
    @Produces({MediaType.TEXT_HTML, MediaType.ALL})
    public HttpResponse<byte[]> editor() {
        return page(HttpStatus.OK, editor);
    }

    private static HttpResponse<byte[]> page(HttpStatus status, byte[] html) {
        // the pages are tiny and change with every deployment: browsers revalidate instead of keeping stale copies
        return HttpResponse.<byte[]>status(status).body(html).contentType(HTML).header("Cache-Control", "no-cache");
    }
}
