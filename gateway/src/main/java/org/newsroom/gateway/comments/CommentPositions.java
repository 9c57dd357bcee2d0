package org.newsroom.gateway.comments;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.newsroom.gateway.backend.Backend;
import org.newsroom.gateway.backend.Backends;
import org.newsroom.gateway.backend.Call;
import org.newsroom.gateway.backend.JsonCodec;
import org.newsroom.gateway.backend.ServiceUnavailable;
import reactor.core.publisher.Mono;

/** Which comment page of its article shows a visible comment (pages of {@code size} threads, oldest first). */
@Singleton
public class CommentPositions {

    @Serdeable
    record Position(@Nullable Integer page) {
    }

    private final Backend comments;
    private final JsonCodec json;

    public CommentPositions(@Named(Backends.COMMENTS) Backend comments, JsonCodec json) {
        this.comments = comments;
        this.json = json;
    }

    /** Empty when the comment is not visible or comments-service cannot say in time. */
    public Mono<Integer> pageOf(String commentId, int size, HttpRequest<?> request) {
        return comments.get("/comments/" + commentId + "/position?size=" + size, Call.anonymous(request))
                .flatMap(reply -> reply.isSuccess() ? Mono.justOrEmpty(json.read(reply.body(), Position.class)) : Mono.<Position>empty())
                .flatMap(position -> Mono.justOrEmpty(position.page()))
                .filter(page -> page >= 1)
                .onErrorResume(ServiceUnavailable.class, e -> Mono.empty());
    }
}
