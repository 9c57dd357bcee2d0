package org.newsroom.gateway.articles;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import org.newsroom.gateway.backend.Call;
import org.newsroom.gateway.http.Rendered;
import org.newsroom.gateway.http.ViewCache;
import reactor.core.publisher.Mono;

/**
 * The public views as everyone sees them, through the view cache: the JSON API and the rendered
 * pages read the same cached answer, so they never disagree and share one freshness.
 */
@Singleton
public class PublicViews {

    private final ArticleViews views;
    private final ViewCache cache;

    public PublicViews(ArticleViews views, ViewCache cache) {
        this.views = views;
        this.cache = cache;
    }

    private record ViewKey(String slug, int page, int size) {
    }

    public Mono<Rendered> article(String slug, int page, int size, HttpRequest<?> request) {
        return cache.get(new ViewKey(slug, page, size), () -> views.article(slug, page, size, Call.anonymous(request)));
    }

    public Mono<Rendered> list(ArticleQuery query, HttpRequest<?> request) {
        return cache.get(query, () -> views.list(query, Call.anonymous(request)));
    }
}
