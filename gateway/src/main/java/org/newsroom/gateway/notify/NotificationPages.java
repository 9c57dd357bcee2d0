package org.newsroom.gateway.notify;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.inject.Named;
import org.newsroom.gateway.backend.Backend;
import org.newsroom.gateway.backend.Backends;
import org.newsroom.gateway.backend.Call;
import org.newsroom.gateway.backend.ServiceUnavailable;
import org.newsroom.gateway.pages.PageHead;
import org.newsroom.gateway.pages.PageRenderer;
import org.newsroom.gateway.pages.Site;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The links in reply mail. GET shows a page whose button posts (so that a mail scanner following
 * links changes nothing); POST does it at once: the unsubscribe POST is RFC 8058's one-click
 * unsubscribe (no sign-in, no cookie, any body such as {@code List-Unsubscribe=One-Click}). No page
 * says which address a link belongs to, or whether one exists; a link that opens nothing gets a
 * polite 404 page.
 */
@Controller("/notifications")
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
public class NotificationPages {

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final Backend comments;
    private final PageRenderer renderer;
    private final Site site;

    public NotificationPages(@Named(Backends.COMMENTS) Backend comments, PageRenderer renderer, Site site) {
        this.comments = comments;
        this.renderer = renderer;
        this.site = site;
    }

    /** What one kind of link does: its page before, its page after, and the service call. */
    private record Action(String path, String heading, String text, String button, String doneHeading, String doneText) {
    }

    private static final Action CONFIRM = new Action("confirm", "Confirm reply notifications",
            "Press the button to receive an email when someone replies to your comment.", "Yes, email me replies",
            "Reply notifications confirmed", "You will receive an email when someone replies to your comment. "
                    + "Every such email has a link to stop them.");
    private static final Action UNSUBSCRIBE = new Action("unsubscribe", "Stop emails from us",
            "Press the button to receive no more reply notifications from us.", "Stop all emails",
            "You are unsubscribed", "You will receive no more emails about replies.");

    @Get("/confirm/{token}")
    @Produces({MediaType.TEXT_HTML, MediaType.ALL})
    public Mono<HttpResponse<byte[]>> confirmPage(String token, HttpRequest<?> request) {
        return ask(CONFIRM, token, request);
    }

    @Post(value = "/confirm/{token}", consumes = MediaType.ALL)
    @Produces({MediaType.TEXT_HTML, MediaType.ALL})
    public Mono<HttpResponse<byte[]>> confirm(String token, HttpRequest<?> request) {
        return act(CONFIRM, token, request);
    }

    @Get("/unsubscribe/{token}")
    @Produces({MediaType.TEXT_HTML, MediaType.ALL})
    public Mono<HttpResponse<byte[]>> unsubscribePage(String token, HttpRequest<?> request) {
        return ask(UNSUBSCRIBE, token, request);
    }

    @Post(value = "/unsubscribe/{token}", consumes = MediaType.ALL)
    @Produces({MediaType.TEXT_HTML, MediaType.ALL})
    public Mono<HttpResponse<byte[]>> unsubscribe(String token, HttpRequest<?> request) {
        return act(UNSUBSCRIBE, token, request);
    }

    /** The page with the button, once comments-service says the link opens something (its GET changes nothing). */
    private Mono<HttpResponse<byte[]>> ask(Action action, String token, HttpRequest<?> request) {
        String path = "/notifications/" + action.path() + "/" + token;
        if (!TOKEN.matcher(token).matches()) {
            return Mono.just(invalidLink());
        }
        return comments.get(path, Call.anonymous(request))
                .map(reply -> reply.isSuccess() ? page(200, action.heading(), action.text(), path, action.button())
                        : reply.status() == 404 ? invalidLink() : couldNotUse())
                .onErrorResume(ServiceUnavailable.class, e -> Mono.just(unavailable()));
    }

    private Mono<HttpResponse<byte[]>> act(Action action, String token, HttpRequest<?> request) {
        if (!TOKEN.matcher(token).matches()) {
            return Mono.just(invalidLink());
        }
        return comments.send(HttpMethod.POST, "/notifications/" + action.path() + "/" + token, new byte[0], Call.anonymous(request), Map.of())
                .map(reply -> reply.isSuccess() ? page(200, action.doneHeading(), action.doneText(), null, null)
                        : reply.status() == 404 ? invalidLink() : couldNotUse())
                .onErrorResume(ServiceUnavailable.class, e -> Mono.just(unavailable()));
    }

    private HttpResponse<byte[]> couldNotUse() {
        return page(400, "This link could not be used", "Please open the link from the email again.", null, null);
    }

    private HttpResponse<byte[]> unavailable() {
        return page(503, "This page could not be loaded right now", "Please try again shortly.", null, null);
    }

    private HttpResponse<byte[]> invalidLink() {
        return page(404, "This link is not valid", "It may be incomplete, already used or expired. "
                + "Please open the link from the most recent email.", null, null);
    }

    private MutableHttpResponse<byte[]> page(int status, String heading, String text, @Nullable String action, @Nullable String button) {
        PageHead head = new PageHead(heading + " — " + site.name(), heading, text, site.absolute("/"), "website", site.name(),
                null, null, List.of(), null, List.of(), false, false);
        byte[] html = renderer.render("notification", new NotificationPageModel(site.name(), head, heading, text, action, button));
        return HttpResponse.<byte[]>status(HttpStatus.valueOf(status)).body(html)
                .contentType(MediaType.TEXT_HTML_TYPE.toString() + "; charset=utf-8")
                .header("Cache-Control", "no-store");
    }
}
