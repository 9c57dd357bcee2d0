package org.newsroom.gateway.comments;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.newsroom.gateway.backend.Backend;
import org.newsroom.gateway.backend.Backends;
import org.newsroom.gateway.backend.Call;
import org.newsroom.gateway.backend.JsonCodec;
import org.newsroom.gateway.backend.ServiceUnavailable;
import org.newsroom.gateway.http.Rendered;
import reactor.core.publisher.Mono;

import java.util.Optional;
import java.util.function.Function;

/** Looks a published article up before its comments are touched: unknown or draft → 404, before anything else is looked at. */
@Singleton
public class ArticleLookup {

    private final Backend articles;
    private final JsonCodec json;

    public ArticleLookup(@Named(Backends.ARTICLES) Backend articles, JsonCodec json) {
        this.articles = articles;
        this.json = json;
    }

    Mono<Rendered> withArticle(String slug, Call call, Function<ArticleCommentStatus, Mono<Rendered>> then) {
        return articles.get("/articles/" + slug + "/comment-status", call.withoutToken())
                .flatMap(reply -> {
                    if (reply.status() == 404) {
                        return Mono.just(Rendered.problem(404, "Not Found", "There is no published article here."));
                    }
                    Optional<ArticleCommentStatus> article = reply.isSuccess()
                            ? json.read(reply.body(), ArticleCommentStatus.class).filter(ArticleCommentStatus::isWhole)
                            : Optional.empty();
                    return article.map(then).orElseGet(() -> Mono.just(Rendered.unavailable(Backends.ARTICLES)));
                })
                .onErrorResume(ServiceUnavailable.class, e -> Mono.just(Rendered.unavailable(Backends.ARTICLES)));
    }
}
