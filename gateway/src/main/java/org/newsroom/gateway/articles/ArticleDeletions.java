package org.newsroom.gateway.articles;

import io.micronaut.http.HttpMethod;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.newsroom.gateway.backend.Backend;
import org.newsroom.gateway.backend.Backends;
import org.newsroom.gateway.backend.Call;
import org.newsroom.gateway.backend.JsonCodec;
import org.newsroom.gateway.backend.ServiceUnavailable;
import org.newsroom.gateway.http.Rendered;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.Map;

/**
 * Deleting an article takes its comments with it. articles-service records each deletion in an
 * outbox; the gateway removes the comments and acknowledges the entry at once when it can, and the
 * {@link DeletionRelay} does it later otherwise: the editor waits for comments-service no longer than
 * a read of it may take.
 */
@Singleton
public class ArticleDeletions {

    private final Backend articles;
    private final CommentRemoval commentRemoval;
    private final Duration commentsBudget;
    private final JsonCodec json;

    public ArticleDeletions(@Named(Backends.ARTICLES) Backend articles, @Named(Backends.COMMENTS) Backend comments, JsonCodec json) {
        this.articles = articles;
        this.commentRemoval = new CommentRemoval(articles, comments);
        this.commentsBudget = comments.readBudget();
        this.json = json;
    }

    /** 204 once the article is gone, whether or not its comments could go with it right now. */
    public Mono<Rendered> delete(String slug, Call call) {
        return articles.get("/articles/" + slug, call).flatMap(found -> {
            if (!found.isSuccess()) {
                return Mono.just(Rendered.passThrough(found.status(), found.body(), found.contentType()));
            }
            String id = json.read(found.body(), Article.class).map(Article::id).orElse("");
            return articles.send(HttpMethod.DELETE, "/articles/" + slug, null, call, Map.of()).flatMap(deleted -> {
                if (!deleted.isSuccess()) {
                    return Mono.just(Rendered.passThrough(deleted.status(), deleted.body(), deleted.contentType()));
                }
                return commentRemoval.remove(id, call).timeout(commentsBudget, Mono.empty()).onErrorResume(e -> Mono.empty())
                        .thenReturn(Rendered.noContent());
            });
        }).onErrorResume(ServiceUnavailable.class, e -> Mono.just(e.problem()));
    }

}
