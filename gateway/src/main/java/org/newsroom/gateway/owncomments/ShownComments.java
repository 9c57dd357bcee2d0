package org.newsroom.gateway.owncomments;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.newsroom.gateway.backend.Backend;
import org.newsroom.gateway.backend.Backends;
import org.newsroom.gateway.backend.Call;
import org.newsroom.gateway.backend.ServiceUnavailable;
import reactor.core.publisher.Mono;

/** Whether readers can still see a comment, as comments-service's public read says (404: not visible). */
@Singleton
class ShownComments {

    private final Backend comments;

    ShownComments(@Named(Backends.COMMENTS) Backend comments) {
        this.comments = comments;
    }

    /** True only when comments-service answers that nobody can see the comment; false when it is shown or cannot say. */
    Mono<Boolean> isHidden(String id, HttpRequest<?> request) {
        return comments.get("/comments/" + id, Call.anonymous(request))
                .map(reply -> reply.status() == 404)
                .onErrorResume(ServiceUnavailable.class, e -> Mono.just(false));
    }
}
