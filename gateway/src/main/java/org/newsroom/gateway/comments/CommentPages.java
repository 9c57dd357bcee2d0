package org.newsroom.gateway.comments;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.newsroom.gateway.backend.Backend;
import org.newsroom.gateway.backend.Backends;
import org.newsroom.gateway.backend.Call;
import org.newsroom.gateway.backend.JsonCodec;
import org.newsroom.gateway.backend.ServiceUnavailable;
import reactor.core.publisher.Mono;

import java.util.Optional;

/** Fetches a page of an article's approved threads from comments-service, within its budget. */
@Singleton
public class CommentPages {

    private final Backend comments;
    private final JsonCodec json;

    public CommentPages(@Named(Backends.COMMENTS) Backend comments, JsonCodec json) {
        this.comments = comments;
        this.json = json;
    }

    /** The page, or empty when comments-service failed, was slow, or answered anything but a page of comments. */
    public Mono<Optional<CommentPage>> page(String articleId, int page, int size, Call call) {
        return comments.get("/articles/" + articleId + "/comments?page=" + page + "&size=" + size, call.withoutToken())
                .map(reply -> reply.isSuccess() ? json.read(reply.body(), CommentPage.class).filter(CommentPage::isWhole)
                        : Optional.<CommentPage>empty())
                .onErrorResume(ServiceUnavailable.class, e -> Mono.just(Optional.empty()));
    }
}
