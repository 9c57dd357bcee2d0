package org.newsroom.gateway.api;

import io.micronaut.http.HttpMethod;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.newsroom.gateway.backend.Backend;
import org.newsroom.gateway.backend.Backends;
import org.newsroom.gateway.backend.Call;
import org.newsroom.gateway.backend.ServiceUnavailable;
import org.newsroom.gateway.http.Rendered;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Deleting an article takes its comments with it. articles-service records each deletion in an
 * outbox; the gateway removes the comments and acknowledges the entry, at once when it can, and
 * otherwise from a relay that drains the outbox every few seconds until comments-service is back.
 */
@Singleton
public class ArticleDeletions {

    private static final Logger LOG = LoggerFactory.getLogger(ArticleDeletions.class);

    private final Backend articles;
    private final Backend comments;
    private final JwtTokenGenerator tokens;
    private final AtomicBoolean draining = new AtomicBoolean();

    public ArticleDeletions(@Named(Backends.ARTICLES) Backend articles, @Named(Backends.COMMENTS) Backend comments,
                            JwtTokenGenerator tokens) {
        this.articles = articles;
        this.comments = comments;
        this.tokens = tokens;
    }

    public Mono<Rendered> delete(String slug, Call call) {
        return articles.get("/articles/" + slug, call).flatMap(found -> {
            if (!found.isSuccess()) {
                return Mono.just(Rendered.passThrough(found.status(), found.body(), found.contentType()));
            }
            String id = Json.object(found.body()).map(article -> article.path("id").asText()).orElse("");
            return articles.send(HttpMethod.DELETE, "/articles/" + slug, null, call, Map.of()).flatMap(deleted -> {
                if (!deleted.isSuccess()) {
                    return Mono.just(Rendered.passThrough(deleted.status(), deleted.body(), deleted.contentType()));
                }
                return removeComments(id, call).onErrorResume(e -> Mono.empty())
                        .thenReturn(new Rendered(204, new byte[0], Rendered.JSON, null, false, null, null));
            });
        }).onErrorResume(ServiceUnavailable.class, e -> Mono.just(Rendered.unavailable("articles")));
    }

    /** Deletes the article's comments, then clears its outbox entry. */
    private Mono<Void> removeComments(String articleId, Call call) {
        if (!Slugs.isId(articleId)) {
            return Mono.empty();
        }
        return comments.send(HttpMethod.DELETE, "/articles/" + articleId + "/comments", null, call, Map.of())
                .filter(reply -> reply.isSuccess())
                .flatMap(done -> articles.send(HttpMethod.DELETE, "/articles/deletions/" + articleId, null, call, Map.of()))
                .then();
    }

    @Scheduled(fixedDelay = "${gateway.deletion-relay.interval:5s}", initialDelay = "${gateway.deletion-relay.interval:5s}")
    void drainOutbox() {
        if (!draining.compareAndSet(false, true)) {
            return;
        }
        Call call = Call.background(tokens.generateToken(Authentication.build("gateway", List.of("EDITOR", "MODERATOR")), 300)
                .orElseThrow());
        articles.get("/articles/deletions", call)
                .filter(reply -> reply.isSuccess())
                .flatMapMany(reply -> Flux.fromIterable(Json.array(reply.body())))
                .map(entry -> entry.path("articleId").asText())
                .concatMap(articleId -> removeComments(articleId, call).onErrorResume(e -> Mono.empty()))
                .doFinally(signal -> draining.set(false))
                .subscribe(ignored -> { }, error -> LOG.debug("Deletion outbox not drained this time: {}", error.toString()));
    }
}
