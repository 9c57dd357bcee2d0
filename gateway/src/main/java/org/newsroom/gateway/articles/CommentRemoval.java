package org.newsroom.gateway.articles;

import io.micronaut.http.HttpMethod;
import org.newsroom.gateway.backend.Backend;
import org.newsroom.gateway.backend.Call;
import org.newsroom.gateway.http.Identifiers;
import reactor.core.publisher.Mono;

import java.util.Map;

/** Removes a deleted article's comments, then its entry in articles-service's deletion outbox. */
final class CommentRemoval {

    private final Backend articles;
    private final Backend comments;

    CommentRemoval(Backend articles, Backend comments) {
        this.articles = articles;
        this.comments = comments;
    }

    /** Completes empty whether or not comments-service did it, failing only on errors. */
    Mono<Void> remove(String articleId, Call call) {
        if (!Identifiers.isId(articleId)) {
            return Mono.empty();
        }
        return comments.send(HttpMethod.DELETE, "/articles/" + articleId + "/comments", null, call, Map.of())
                .filter(reply -> reply.isSuccess())
                .flatMap(done -> articles.send(HttpMethod.DELETE, "/articles/deletions/" + articleId, null, call, Map.of()))
                .then();
    }
}
