package org.newsroom.gateway.comments;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.newsroom.gateway.backend.Backend;
import org.newsroom.gateway.backend.Backends;
import org.newsroom.gateway.backend.Call;
import org.newsroom.gateway.backend.JsonCodec;
import org.newsroom.gateway.backend.ServiceUnavailable;
import org.newsroom.gateway.http.Identifiers;
import org.newsroom.gateway.http.Rendered;
import reactor.core.publisher.Mono;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Looks a published article up before its comments are touched or shown: unknown or draft → 404,
 * before anything else is looked at.
 */
@Singleton
public class ArticleLookup {

    private final Backend articles;
    private final JsonCodec json;

    public ArticleLookup(@Named(Backends.ARTICLES) Backend articles, JsonCodec json) {
        this.articles = articles;
        this.json = json;
    }

    /**
     * {@code then}'s answer when the article of that id is published, else 404; an id comments-service
     * did not name (an older instance) is not checked.
     */
    Mono<Rendered> whenPublished(@Nullable String articleId, Call call, Supplier<Rendered> then) {
        if (articleId == null) {
            return Mono.fromSupplier(then);
        }
        return articles.get("/articles/by-id/" + articleId, call.withoutToken())
                .map(reply -> reply.isSuccess() ? then.get()
                        : reply.status() == 404 ? Rendered.notFound() : Rendered.unavailable(Backends.ARTICLES))
                .onErrorResume(ServiceUnavailable.class, e -> Mono.just(e.problem()));
    }

    /**
     * Why the article of that id takes no comment now, as a post is told: not published → 404, comments
     * closed → 403, articles-service not answering → 503; empty when it takes them, or when comments-service
     * named no article (an older instance).
     */
    Mono<Rendered> refusalOfComments(@Nullable String articleId, Call call) {
        if (articleId == null) {
            return Mono.empty();
        }
        Rendered notPublished = Rendered.problem(404, "Not Found", "The article of this comment is not published.");
        if (!Identifiers.isId(articleId)) {
            return Mono.just(notPublished);
        }
        return articles.get("/articles/by-id/" + articleId, call.withoutToken())
                .flatMap(reply -> {
                    if (reply.status() == 404) {
                        return Mono.just(notPublished);
                    }
                    Optional<ArticleCommentStatus> article = reply.isSuccess()
                            ? json.read(reply.body(), ArticleCommentStatus.class).filter(ArticleCommentStatus::isWhole)
                            : Optional.empty();
                    return article.isEmpty() ? Mono.just(Rendered.unavailable(Backends.ARTICLES))
                            : article.get().isOpen() ? Mono.<Rendered>empty() : Mono.just(closed());
                })
                .onErrorResume(ServiceUnavailable.class, e -> Mono.just(e.problem()));
    }

    static Rendered closed() {
        return Rendered.problem(403, "Forbidden", "Comments are closed on this article.");
    }

    Mono<Rendered> withArticle(String slug, Call call, Function<ArticleCommentStatus, Mono<Rendered>> then) {
        return lookUp("/articles/" + slug + "/comment-status", call.withoutToken(), then);
    }

    /** The same for an editor, who sees drafts too: the article as the editor's token shows it. */
    Mono<Rendered> withArticleSeenByEditor(String slug, Call call, Function<ArticleCommentStatus, Mono<Rendered>> then) {
        return lookUp("/articles/" + slug, call, then);
    }

    private Mono<Rendered> lookUp(String path, Call call, Function<ArticleCommentStatus, Mono<Rendered>> then) {
        return articles.get(path, call)
                .flatMap(reply -> {
                    if (reply.status() == 404) {
                        return Mono.just(Rendered.problem(404, "Not Found", "There is no published article here."));
                    }
                    Optional<ArticleCommentStatus> article = reply.isSuccess()
                            ? json.read(reply.body(), ArticleCommentStatus.class).filter(ArticleCommentStatus::isWhole)
                            : Optional.empty();
                    return article.map(then).orElseGet(() -> Mono.just(Rendered.unavailable(Backends.ARTICLES)));
                })
                .onErrorResume(ServiceUnavailable.class, e -> Mono.just(e.problem()));
    }
}
