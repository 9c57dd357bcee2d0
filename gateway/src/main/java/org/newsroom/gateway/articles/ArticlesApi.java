package org.newsroom.gateway.articles;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
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
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Named;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.newsroom.gateway.auth.BearerChallenge;
import org.newsroom.gateway.auth.Roles;
import org.newsroom.gateway.backend.Backend;
import org.newsroom.gateway.backend.Backends;
import org.newsroom.gateway.backend.Call;
import org.newsroom.gateway.backend.Forwarding;
import org.newsroom.gateway.http.Identifiers;
import org.newsroom.gateway.http.Rendered;
import org.newsroom.gateway.http.Responses;
import org.newsroom.gateway.http.ViewCache;
import org.newsroom.support.http.InvalidInput;
import reactor.core.publisher.Mono;

import java.util.Map;

/**
 * Public reads go through the view cache and are the same for everyone; an editor's reads carry the
 * token (drafts show) and are never cached. Writes are forwarded with the caller's token after the
 * gateway has checked the role itself.
 */
@Controller("/api/articles")
@Tag(name = "Articles")
public class ArticlesApi {

    private static final String DRAFT = "draft";
    private static final String PUBLISHED = "published";

    private final ArticleViews views;
    private final ViewCache cache;
    private final Backend articles;
    private final ArticleDeletions deletions;
    private final PublicViews publicViews;

    public ArticlesApi(ArticleViews views, ViewCache cache, @Named(Backends.ARTICLES) Backend articles, ArticleDeletions deletions,
                       PublicViews publicViews) {
        this.views = views;
        this.publicViews = publicViews;
        this.cache = cache;
        this.articles = articles;
        this.deletions = deletions;
    }

    @Get
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Published articles, newest first, with comment counts (status=draft: the drafts, for editors)")
    public Mono<HttpResponse<byte[]>> list(@QueryValue(defaultValue = "1") @Min(1) int page,
                                           @QueryValue(defaultValue = "20") @Min(1) @Max(100) int size,
                                           @Nullable @QueryValue @Size(max = 200) String tag,
                                           @Nullable @QueryValue @Size(max = 200) String q,
                                           @Nullable @QueryValue String status, @Nullable Authentication authentication,
                                           HttpRequest<?> request) {
        if (status == null || PUBLISHED.equals(status)) {
            ArticleQuery query = new ArticleQuery(page, size, tag, q, null);
            return publicViews.list(query, request).map(rendered -> Responses.of(rendered, request));
        }
        if (!DRAFT.equals(status)) {
            return Mono.error(new InvalidInput("status", "must be published or draft"));
        }
        if (authentication == null) {
            return Mono.just(Responses.of(Rendered.problem(401, "Unauthorized", "Authentication is required."), request)
                    .header(HttpHeaders.WWW_AUTHENTICATE, BearerChallenge.CHALLENGE));
        }
        if (!Roles.isEditor(authentication)) {
            return respond(Rendered.problem(403, "Forbidden", "You are not allowed to do this."), request);
        }
        return views.list(new ArticleQuery(page, size, tag, q, DRAFT), Call.of(request)).map(rendered -> Responses.of(rendered, request));
    }

    @Get("/{slug}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "An article with a page of its approved comment threads (an editor sees drafts too)")
    public Mono<HttpResponse<byte[]>> view(String slug, @QueryValue(defaultValue = "1") @Min(1) int page,
                                           @QueryValue(defaultValue = "20") @Min(1) @Max(100) int size,
                                           @Nullable Authentication authentication, HttpRequest<?> request) {
        if (!Identifiers.isSlug(slug)) {
            return respond(Rendered.notFound(), request);
        }
        Mono<Rendered> view = Roles.isEditor(authentication)
                ? views.article(slug, page, size, Call.of(request))
                : publicViews.article(slug, page, size, request);
        return view.map(rendered -> Responses.of(rendered, request));
    }

    @Post
    @Secured(Roles.EDITOR)
    @Operation(summary = "Create an article (EDITOR)")
    public Mono<HttpResponse<byte[]>> create(@Nullable @Body byte[] body, HttpRequest<?> request) {
        return written(Forwarding.forward(articles, HttpMethod.POST, "/articles", body, Call.of(request), Map.of()), request);
    }

    @Put("/{slug}")
    @Secured(Roles.EDITOR)
    @Operation(summary = "Replace an article, with its version in the body or If-Match: \"<version>\" (EDITOR)")
    public Mono<HttpResponse<byte[]>> update(String slug, @Nullable @Body byte[] body, HttpRequest<?> request) {
        if (!Identifiers.isSlug(slug)) {
            return respond(Rendered.notFound(), request);
        }
        String ifMatch = request.getHeaders().get("If-Match");
        Map<String, String> headers = ifMatch == null ? Map.of() : Map.of("If-Match", ifMatch);
        return written(Forwarding.forward(articles, HttpMethod.PUT, "/articles/" + slug, body, Call.of(request), headers), request);
    }

    @Delete("/{slug}")
    @Secured(Roles.EDITOR)
    @Operation(summary = "Delete an article and, now or once comments-service is back, its comments (EDITOR)")
    public Mono<HttpResponse<byte[]>> delete(String slug, HttpRequest<?> request) {
        if (!Identifiers.isSlug(slug)) {
            return respond(Rendered.notFound(), request);
        }
        return written(deletions.delete(slug, Call.of(request)), request);
    }

    /** After a write through this instance its own readers see the change at once; other instances within the cache's lifetime. */
    private Mono<HttpResponse<byte[]>> written(Mono<Rendered> result, HttpRequest<?> request) {
        return result.doOnNext(rendered -> cache.clear()).map(rendered -> Responses.of(rendered, request));
    }

    private static Mono<HttpResponse<byte[]>> respond(Rendered rendered, HttpRequest<?> request) {
        return Mono.just(Responses.of(rendered, request));
    }
}
