package org.newsroom.comments;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.function.Function;

/**
 * Tells every {@link CommentListener} in turn. The comment is stored by then, so a listener that
 * fails is logged (by comment id only) and never turns the change itself into an error.
 */
@Singleton
public class CommentListeners {

    private static final Logger LOG = LoggerFactory.getLogger(CommentListeners.class);

    private final List<CommentListener> listeners;

    public CommentListeners(List<CommentListener> listeners) {
        this.listeners = listeners;
    }

    public Mono<Void> posted(Comment comment, boolean wantsReplies) {
        return each(comment, listener -> listener.posted(comment, wantsReplies));
    }

    public Mono<Void> statusChanged(Comment before, Comment after) {
        return each(after, listener -> listener.statusChanged(before, after));
    }

    public Mono<Void> edited(Comment before, Comment after) {
        return each(after, listener -> listener.edited(before, after));
    }

    private Mono<Void> each(Comment comment, Function<CommentListener, Mono<Void>> call) {
        return Flux.fromIterable(listeners)
                .concatMap(listener -> call.apply(listener).onErrorResume(error -> {
                    // the error's class only: a mail error's message may name an address
                    LOG.warn("{} failed for comment {}: {}", listener.getClass().getSimpleName(), comment.id(), error.getClass().getSimpleName(), error);
                    return Mono.empty();
                }))
                .then();
    }
}
