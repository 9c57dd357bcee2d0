package org.newsroom.gateway.articles;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
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
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Named;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.newsroom.gateway.OpenApi;
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
import org.newsroom.support.http.Problem;
import org.newsroom.support.http.RequestIdFilter;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Map;

/**
 * Public reads go through the view cache and are the same for everyone; an editor's reads carry the
 * token (drafts show) and are never cached. Writes are forwarded with the caller's token after the
 * gateway has checked the role itself.
 */
@Controller("/api/articles")
@Tag(name = "Articles")
@OpenApi.TooManyRequests
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
    @Operation(summary = "Published articles, newest first, with comment counts (status=draft: the drafts, for editors)",
            parameters = @Parameter(name = "If-None-Match", in = ParameterIn.HEADER, description = "An ETag of this list: 304 while it still matches",
                    schema = @Schema(type = "string")))
    @OpenApi.RequestIdHeader
    @ApiResponse(responseCode = "200", description = "A page of articles; when comments-service fails, commentCount is null on each item, "
            + "complete is false, and the answer is Cache-Control: no-store without an ETag",
            headers = {@Header(name = "ETag", description = "Absent on a degraded answer", schema = @Schema(type = "string")),
                    @Header(name = "Cache-Control", description = "no-store on a degraded answer", schema = @Schema(type = "string")),
                    @Header(name = RequestIdFilter.HEADER, schema = @Schema(type = "string"))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleList.class)))
    @OpenApi.NotModified
    @ApiResponse(responseCode = "400", description = "page, size, tag, q or status out of range, named in errors",
            headers = @Header(name = RequestIdFilter.HEADER, schema = @Schema(type = "string")),
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "status=draft without a valid token",
            headers = {@Header(name = "WWW-Authenticate", schema = @Schema(type = "string")),
                    @Header(name = RequestIdFilter.HEADER, schema = @Schema(type = "string"))},
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "status=draft with a token without the EDITOR role",
            headers = @Header(name = RequestIdFilter.HEADER, schema = @Schema(type = "string")),
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @OpenApi.ArticlesUnavailable
    public Mono<HttpResponse<byte[]>> list(@Parameter(description = "Page number, from 1", required = false)
                                           @QueryValue(defaultValue = "1") @Min(1) int page,
                                           @Parameter(description = "Items per page, 1 to 100", required = false)
                                           @QueryValue(defaultValue = "20") @Min(1) @Max(100) int size,
                                           @Parameter(description = "Only articles with this tag (any case)")
                                           @Nullable @QueryValue @Size(max = 200) String tag,
                                           @Parameter(description = "Words in the title, excerpt or body (case-insensitive)")
                                           @Nullable @QueryValue @Size(max = 200) String q,
                                           @Parameter(description = "published (the default) or draft (EDITOR)",
                                                   schema = @Schema(type = "string", allowableValues = {"published", "draft"}))
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
    @Operation(summary = "An article with a page of its approved comment threads (an editor sees drafts too)",
            parameters = @Parameter(name = "If-None-Match", in = ParameterIn.HEADER, description = "An ETag of this view: 304 while it still matches",
                    schema = @Schema(type = "string")))
    @OpenApi.RequestIdHeader
    @ApiResponse(responseCode = "200", description = "The article and a page of its threads; when comments-service fails or is slow, "
            + "comments is null, complete is false, and the answer is Cache-Control: no-store without an ETag",
            headers = {@Header(name = "ETag", description = "Absent on a degraded answer", schema = @Schema(type = "string")),
                    @Header(name = "Cache-Control", description = "no-store on a degraded answer", schema = @Schema(type = "string")),
                    @Header(name = RequestIdFilter.HEADER, schema = @Schema(type = "string"))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleView.class)))
    @OpenApi.NotModified
    @OpenApi.InvalidPage
    @OpenApi.NoSuchVisibleArticle
    @OpenApi.ArticlesUnavailable
    public Mono<HttpResponse<byte[]>> view(String slug,
                                           @Parameter(description = "Page of top-level threads, from 1", required = false)
                                           @QueryValue(defaultValue = "1") @Min(1) int page,
                                           @Parameter(description = "Threads per page, 1 to 100", required = false)
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
    @OpenApi.RequestIdHeader
    @RequestBody(required = true,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleInput.class)))
    @ApiResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = "Location", description = "/api/articles/{slug}", schema = @Schema(type = "string")),
                    @Header(name = RequestIdFilter.HEADER, schema = @Schema(type = "string"))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Article.class)))
    @OpenApi.InvalidFields
    @OpenApi.NoValidToken
    @OpenApi.NotEditor
    @ApiResponse(responseCode = "409", description = "The slug, given or made from the title, is taken",
            headers = @Header(name = RequestIdFilter.HEADER, schema = @Schema(type = "string")),
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @OpenApi.BodyTooLarge
    @OpenApi.UnsupportedMediaType
    @OpenApi.ArticlesUnavailable
    @OpenApi.MayBeSaved
    public Mono<HttpResponse<byte[]>> create(@Nullable @Body byte[] body, HttpRequest<?> request) {
        return written(Forwarding.forward(articles, HttpMethod.POST, "/articles", body, Call.of(request), Map.of()), request);
    }

    @Put("/{slug}")
    @Secured(Roles.EDITOR)
    @Operation(summary = "Replace an article, with its version in the body or If-Match: \"<version>\" (EDITOR)",
            parameters = @Parameter(name = "If-Match", in = ParameterIn.HEADER, example = "\"3\"",
                    description = "The article's version in quotes (not the view's ETag), instead of version in the body: a stale one is 412",
                    schema = @Schema(type = "string")))
    @OpenApi.RequestIdHeader
    @RequestBody(required = true, description = "The full article with its version (or If-Match)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleInput.class)))
    @ApiResponse(responseCode = "200", description = "Replaced",
            headers = @Header(name = RequestIdFilter.HEADER, schema = @Schema(type = "string")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Article.class)))
    @ApiResponse(responseCode = "400",
            description = "A field is missing or invalid, a slug other than the path's, or neither version nor If-Match",
            headers = @Header(name = RequestIdFilter.HEADER, schema = @Schema(type = "string")),
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @OpenApi.NoValidToken
    @OpenApi.NotEditor
    @OpenApi.NoSuchArticle
    @ApiResponse(responseCode = "409", description = "The version in the body is stale",
            headers = @Header(name = RequestIdFilter.HEADER, schema = @Schema(type = "string")),
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "412", description = "The version in If-Match is stale",
            headers = @Header(name = RequestIdFilter.HEADER, schema = @Schema(type = "string")),
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @OpenApi.BodyTooLarge
    @OpenApi.UnsupportedMediaType
    @OpenApi.ArticlesUnavailable
    @OpenApi.MayBeSaved
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
    @OpenApi.RequestIdHeader
    @ApiResponse(responseCode = "204", description = "Deleted",
            headers = @Header(name = RequestIdFilter.HEADER, schema = @Schema(type = "string")))
    @OpenApi.NoValidToken
    @OpenApi.NotEditor
    @OpenApi.NoSuchArticle
    @OpenApi.ArticlesUnavailable
    @OpenApi.MayBeSaved
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

    // The body of POST and PUT, for the OpenAPI document only: the gateway passes the bytes on to articles-service.
    /** An article as an editor writes it; PUT takes the full article. */
    @Schema(name = "ArticleInput")
    record ArticleInput(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minLength = 1) String title,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "Markdown (HTML for an imported article, whose format an edit keeps); bodyHtml is it rendered and sanitized. "
                            + "Not blank, except on a PUT of an article whose stored body is blank (imported without content): then it may stay blank")
            String body,
            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED,
                    description = "POST: defaults to one made from the title (lower-case ASCII, hyphens); PUT: the path's, or left out")
            String slug,
            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED, description = "Defaults to one made from the body") String excerpt,
            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) String author,
            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED,
                    description = "At most 50, each 1 to 50 characters, kept as written, one per spelling regardless of case")
            @Size(max = 50) List<@Size(min = 1, max = 50) String> tags,
            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED, allowableValues = {"draft", "published"}, defaultValue = "draft")
            String status,
            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED, allowableValues = {"open", "closed"}, defaultValue = "open")
            String commentStatus,
            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED,
                    description = "PUT: the version the edit starts from (or send If-Match); a stale one is 409")
            Long version) {
    }
}
