package org.newsroom.comments.notify;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import reactor.core.publisher.Mono;

/**
 * What the gateway's confirmation and unsubscribe pages do (POST: 204 done) and whether they have a
 * button to show (GET: 204 the token opens something, nothing changes); 404 for a token that opens
 * nothing. The answers never say which address a token belongs to.
 */
@Controller("/notifications")
@Secured(SecurityRule.IS_ANONYMOUS)
public class NotificationController {

    private final Subscriptions subscriptions;

    public NotificationController(Subscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @Get("/confirm/{token}")
    public Mono<HttpResponse<Void>> confirmable(String token) {
        return subscriptions.opensConfirmation(token).map(NotificationController::done);
    }

    @Get("/unsubscribe/{token}")
    public Mono<HttpResponse<Void>> unsubscribable(String token) {
        return subscriptions.opensUnsubscribe(token).map(NotificationController::done);
    }

    @Post("/confirm/{token}")
    public Mono<HttpResponse<Void>> confirm(String token) {
        return subscriptions.confirm(token).map(NotificationController::done);
    }

    @Post("/unsubscribe/{token}")
    public Mono<HttpResponse<Void>> unsubscribe(String token) {
        return subscriptions.unsubscribe(token).map(NotificationController::done);
    }

    private static HttpResponse<Void> done(boolean found) {
        return found ? HttpResponse.noContent() : HttpResponse.notFound();
    }
}
