package org.newsroom.gateway.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Named;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.newsroom.gateway.backend.Backend;
import org.newsroom.gateway.backend.Backends;
import org.newsroom.gateway.backend.Call;
import org.newsroom.gateway.http.Rendered;
import org.newsroom.gateway.http.Responses;
import org.newsroom.gateway.http.ViewCache;
import reactor.core.publisher.Mono;

import java.util.HashMap;
import java.util.Map;

@Controller("/api/articles")
@Tag(name = "Articles")
public class ArticlesApi {

    static final String EDITOR = "EDITOR";

    private final ArticleViews views;
    private final ViewCache cache;
    private final Backend articles;
    private final ArticleDeletions deletions;

    public ArticlesApi(ArticleViews views, ViewCache cache, @Named(Backends.ARTICLES) Backend articles, ArticleDeletions deletions) {
        this.views = views;
        this.cache = cache;
        this.articles = articles;
        this.deletions = deletions;
    }

    @Get
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Published articles, newest first, with comment counts (status=draft: drafts, for editors)")
    public Mono<HttpResponse<byte[]>> list(@QueryValue(defaultValue = "1") @Min(1) int page,
                                           @QueryValue(defaultValue = "20") @Min(1) @Max(100) int size,
                                           @Nullable @QueryValue String tag, @Nullable @QueryValue String q,
                                           @Nullable @QueryValue String status, HttpRequest<?> request) {
        Call call = Call.of(request);
        if (status != null && !"published".equals(status)) {
            return views.list(page, size, tag, q, status, call).map(rendered -> Responses.of(rendered, request));
        }
        Call anonymous = new Call(call.requestId(), null);
        return cache.get("list:" + page + ":" + size + ":" + tag + ":" + q, () -> views.list(page, size, tag, q, null, anonymous))
                .map(rendered -> Responses.of(rendered, request));
    }

    @Get("/{slug}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "An article with a page of its approved comment threads")
    public Mono<HttpResponse<byte[]>> view(String slug, @QueryValue(defaultValue = "1") @Min(1) int page,
                                           @QueryValue(defaultValue = "20") @Min(1) @Max(100) int size, HttpRequest<?> request) {
        if (!Slugs.isSlug(slug)) {
            return notFound(request);
        }
        Call call = Call.of(request);
        Mono<Rendered> view = call.isAnonymous()
                ? cache.get("view:" + slug + ":" + page + ":" + size, () -> views.article(slug, page, size, call))
                : views.article(slug, page, size, call);
        return view.map(rendered -> Responses.of(rendered, request));
    }

    @Post
    @Secured(EDITOR)
    @Operation(summary = "Create an article (EDITOR)")
    public Mono<HttpResponse<byte[]>> create(@Nullable @Body byte[] body, HttpRequest<?> request) {
        return write(Forwarding.forward(articles, HttpMethod.POST, "/articles", body, Call.of(request), Map.of()), request);
    }

    @Put("/{slug}")
    @Secured(EDITOR)
    @Operation(summary = "Replace an article, with its version in the body or If-Match (EDITOR)")
    public Mono<HttpResponse<byte[]>> update(String slug, @Nullable @Body byte[] body, HttpRequest<?> request) {
        if (!Slugs.isSlug(slug)) {
            return notFound(request);
        }
        Map<String, String> headers = new HashMap<>();
        String ifMatch = request.getHeaders().get("If-Match");
        if (ifMatch != null) {
            headers.put("If-Match", ifMatch);
        }
        return write(Forwarding.forward(articles, HttpMethod.PUT, "/articles/" + slug, body, Call.of(request), headers), request);
    }

    @Delete("/{slug}")
    @Secured(EDITOR)
    @Operation(summary = "Delete an article and, now or once comments-service is back, its comments (EDITOR)")
    public Mono<HttpResponse<byte[]>> delete(String slug, HttpRequest<?> request) {
        if (!Slugs.isSlug(slug)) {
            return notFound(request);
        }
        return write(deletions.delete(slug, Call.of(request)), request);
    }

    private Mono<HttpResponse<byte[]>> write(Mono<Rendered> result, HttpRequest<?> request) {
        return result.doOnNext(rendered -> cache.clear()).map(rendered -> Responses.of(rendered, request));
    }

    static Mono<HttpResponse<byte[]>> notFound(HttpRequest<?> request) {
        return Mono.just(Responses.of(Rendered.problem(404, "Not Found", "Nothing was found here."), request));
    }
}
