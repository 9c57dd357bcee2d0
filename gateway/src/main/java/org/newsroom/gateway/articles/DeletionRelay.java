package org.newsroom.gateway.articles;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.newsroom.gateway.auth.Roles;
import org.newsroom.gateway.backend.Backend;
import org.newsroom.gateway.backend.Backends;
import org.newsroom.gateway.backend.Call;
import org.newsroom.gateway.backend.JsonCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Finishes deletions whose comments could not be removed at once: every few seconds it reads
 * articles-service's outbox and removes each article's comments, as subject {@code gateway} with a
 * short-lived token of its own, until comments-service is back. Every gateway instance runs it; the
 * calls are idempotent. Its calls go through circuit breakers of their own: a relay failing while a
 * service starts cannot open the circuit readers depend on, and an open circuit of readers does not
 * stop it.
 */
@Singleton
public class DeletionRelay {

    private static final Logger LOG = LoggerFactory.getLogger(DeletionRelay.class);
    private static final int TOKEN_SECONDS = 60;

    private final Backend articles;
    private final CommentRemoval commentRemoval;
    private final JwtTokenGenerator tokens;
    private final JsonCodec json;
    private final AtomicBoolean draining = new AtomicBoolean();

    public DeletionRelay(@Named(Backends.ARTICLES_BACKGROUND) Backend articles, @Named(Backends.COMMENTS_BACKGROUND) Backend comments,
                         JwtTokenGenerator tokens, JsonCodec json) {
        this.articles = articles;
        this.commentRemoval = new CommentRemoval(articles, comments);
        this.tokens = tokens;
        this.json = json;
    }

    @Scheduled(fixedDelay = "${gateway.deletion-relay.interval:5s}", initialDelay = "${gateway.deletion-relay.interval:5s}")
    void drainOutbox() {
        if (!draining.compareAndSet(false, true)) {
            return;
        }
        drain().doFinally(signal -> draining.set(false))
                .subscribe(ignored -> { }, error -> LOG.debug("Deletion outbox not drained this time: {}", error.toString()));
    }

    /** One pass over the outbox: each entry's comments removed and the entry cleared, where comments-service does it. */
    public Mono<Void> drain() {
        Call call = Call.background(tokens.generateToken(Authentication.build("gateway", Roles.ALL), TOKEN_SECONDS).orElseThrow());
        return articles.get("/articles/deletions", call)
                .filter(reply -> reply.isSuccess())
                .flatMapMany(reply -> Flux.fromIterable(outbox(reply.body())))
                .concatMap(deletion -> commentRemoval.remove(deletion.articleId(), call).onErrorResume(e -> Mono.empty()))
                .then();
    }

    private List<Deletion> outbox(byte[] body) {
        return json.readList(body, Deletion.class).stream().filter(entry -> entry.articleId() != null).toList();
    }
}
