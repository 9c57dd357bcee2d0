package org.newsroom.gateway.articles;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.newsroom.gateway.backend.Backend;
import org.newsroom.gateway.backend.BackendReply;
import org.newsroom.gateway.backend.Backends;
import org.newsroom.gateway.backend.Call;
import org.newsroom.gateway.backend.JsonCodec;
import org.newsroom.gateway.backend.ServiceUnavailable;
import org.newsroom.gateway.comments.CommentPage;
import org.newsroom.gateway.comments.CommentPages;
import org.newsroom.gateway.http.Rendered;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Builds the reader's views from the two services: an article with a page of its approved threads,
 * and a list page with comment counts (one call for the page, one batch call for the counts). When
 * comments-service fails, both still answer, marked incomplete; when articles-service fails, 503.
 */
@Singleton
public class ArticleViews {

    private final Backend articles;
    private final Backend comments;
    private final CommentPages commentPages;
    private final JsonCodec json;
    /** Slug → article id, so that on a warm path the article and its comments are fetched side by side. */
    private final Cache<String, String> articleIds = Caffeine.newBuilder()
            .maximumSize(50_000).expireAfterWrite(Duration.ofMinutes(10)).build();

    public ArticleViews(@Named(Backends.ARTICLES) Backend articles, @Named(Backends.COMMENTS) Backend comments,
                        CommentPages commentPages, JsonCodec json) {
        this.articles = articles;
        this.comments = comments;
        this.commentPages = commentPages;
        this.json = json;
    }

    public Mono<Rendered> article(String slug, int page, int size, Call call) {
        String knownId = articleIds.getIfPresent(slug);
        Mono<Optional<CommentPage>> early = knownId == null ? Mono.just(Optional.empty())
                : commentPages.page(knownId, page, size, call);
        return Mono.zip(articles.get("/articles/" + slug, call), early)
                .flatMap(both -> compose(slug, both.getT1(), page, size, call, knownId, both.getT2()))
                .onErrorResume(ServiceUnavailable.class, e -> Mono.just(e.problem()));
    }

    private Mono<Rendered> compose(String slug, BackendReply reply, int page, int size, Call call,
                                   @Nullable String earlyId, Optional<CommentPage> early) {
        if (!reply.isSuccess()) {
            return Mono.just(Rendered.passThrough(reply.status(), reply.body(), reply.contentType()));
        }
        boolean forReaders = call.authorization() == null;
        Optional<String> passableId = PassableArticle.idOf(reply.body(), forReaders);
        Optional<Article> found = passableId.isPresent() ? Optional.empty()
                : json.read(reply.body(), Article.class).filter(Article::isWhole).map(article -> forReaders ? article.forReaders() : article);
        if (passableId.isEmpty() && found.isEmpty()) {
            return Mono.just(Rendered.unavailable(Backends.ARTICLES));
        }
        String id = passableId.orElseGet(() -> found.get().id());
        byte[] article = passableId.isPresent() ? reply.body() : json.write(found.get());
        if (!id.equals(earlyId)) {
            articleIds.put(slug, id);
        }
        Mono<Optional<CommentPage>> threads = id.equals(earlyId) ? Mono.just(early) : commentPages.page(id, page, size, call);
        return threads.map(commentPage -> {
            byte[] body = ArticleView.json(article, commentPage.map(json::write).orElse(null));
            return commentPage.isPresent() ? Rendered.ok(body) : Rendered.degraded(body);
        });
    }

    public Mono<Rendered> list(ArticleQuery query, Call call) {
        return articles.get(query.path(), call)
                .flatMap(reply -> {
                    if (!reply.isSuccess()) {
                        return Mono.just(Rendered.passThrough(reply.status(), reply.body(), reply.contentType()));
                    }
                    return json.read(reply.body(), ArticlePage.class).filter(ArticlePage::isWhole)
                            .map(articlePage -> withCounts(articlePage, call))
                            .orElseGet(() -> Mono.just(Rendered.unavailable(Backends.ARTICLES)));
                })
                .onErrorResume(ServiceUnavailable.class, e -> Mono.just(e.problem()));
    }

    private Mono<Rendered> withCounts(ArticlePage articlePage, Call call) {
        String ids = articlePage.items().stream().map(ArticleSummary::id).collect(Collectors.joining(","));
        Mono<Optional<Map<String, Long>>> counts = ids.isEmpty() ? Mono.just(Optional.of(Map.of()))
                : comments.get("/counts?articleIds=" + ids, call.withoutToken())
                .map(reply -> reply.isSuccess() ? json.read(reply.body(), CommentCounts.class).map(CommentCounts::counts)
                        : Optional.<Map<String, Long>>empty())
                .onErrorResume(ServiceUnavailable.class, e -> Mono.just(Optional.empty()));
        return counts.map(found -> {
            var items = articlePage.items().stream()
                    .map(summary -> ListedArticle.of(summary, found.map(byId -> byId.getOrDefault(summary.id(), 0L)).orElse(null)))
                    .toList();
            byte[] body = json.write(new ArticleList(items, articlePage.page(), articlePage.size(), articlePage.total(),
                    articlePage.totalPages(), found.isPresent()));
            return found.isPresent() ? Rendered.ok(body) : Rendered.degraded(body);
        });
    }
}
