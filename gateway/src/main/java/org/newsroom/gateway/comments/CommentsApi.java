package org.newsroom.gateway.comments;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
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
import org.newsroom.gateway.OpenApi;
import org.newsroom.gateway.auth.Roles;
import org.newsroom.gateway.backend.Backend;
import org.newsroom.gateway.backend.Backends;
import org.newsroom.gateway.backend.Call;
import org.newsroom.gateway.backend.JsonCodec;
import org.newsroom.gateway.backend.ServiceUnavailable;
import org.newsroom.gateway.http.Identifiers;
import org.newsroom.gateway.http.Rendered;
import org.newsroom.gateway.http.Responses;
import org.newsroom.gateway.http.ViewCache;
import org.newsroom.support.http.Problem;
import org.newsroom.support.http.RequestIdFilter;
import reactor.core.publisher.Mono;

import java.util.Optional;


@Controller("/api")
@Tag(name = "Comments")
@Secured(SecurityRule.IS_ANONYMOUS)
@OpenApi.TooManyRequests
public class CommentsApi {

    private final Backend comments;
    private final CommentPages pages;
    private final JsonCodec json;
    private final ViewCache cache;
    private final ArticleLookup lookup;
    private final CommentPosting posting;

    public CommentsApi(@Named(Backends.COMMENTS) Backend comments, CommentPages pages, JsonCodec json, ViewCache cache,
                       ArticleLookup lookup, CommentPosting posting) {
        this.comments = comments;
        this.pages = pages;
        this.json = json;
        this.cache = cache;
        this.lookup = lookup;
        this.posting = posting;
    }

    private record PageKey(String slug, int page, int size) {
    }

    private record CommentKey(String id) {
    }

    @Get("/articles/{slug}/comments")
    @Operation(summary = "A page of an article's approved comment threads, oldest first, replies nested",
            parameters = @Parameter(name = "If-None-Match", in = ParameterIn.HEADER, description = "An ETag of this page: 304 while it still matches",
                    schema = @Schema(type = "string")))
    @OpenApi.RequestIdHeader
    @ApiResponse(responseCode = "200", description = "The same object as comments in the article view",
            headers = {@Header(name = "ETag", schema = @Schema(type = "string")),
                    @Header(name = RequestIdFilter.HEADER, schema = @Schema(type = "string"))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommentPage.class)))
    @OpenApi.NotModified
    @OpenApi.InvalidPage
    @OpenApi.NoSuchVisibleArticle
    @OpenApi.ServicesUnavailable
    public Mono<HttpResponse<byte[]>> page(String slug,
                                           @Parameter(description = "Page of top-level threads, from 1", required = false)
                                           @QueryValue(defaultValue = "1") @Min(1) int page,
                                           @Parameter(description = "Threads per page, 1 to 100", required = false)
                                           @QueryValue(defaultValue = "20") @Min(1) @Max(100) int size,
                                           @Nullable Authentication authentication, HttpRequest<?> request) {
        if (!Identifiers.isSlug(slug)) {
            return Mono.just(Responses.of(Rendered.notFound(), request));
        }
        if (Roles.isEditor(authentication)) {
            // an editor sees a draft's comments as in its view; not from the readers' cache
            Call call = Call.of(request);
            return lookup.withArticleSeenByEditor(slug, call, article -> threads(article.id(), page, size, call.withoutToken()))
                    .map(rendered -> Responses.of(rendered, request));
        }
        Call call = Call.anonymous(request);
        return cache.get(new PageKey(slug, page, size), () -> lookup.withArticle(slug, call, article -> threads(article.id(), page, size, call)))
                .map(rendered -> Responses.of(rendered, request));
    }

    private Mono<Rendered> threads(String articleId, int page, int size, Call call) {
        return pages.page(articleId, page, size, call).map(found -> found
                .map(comments -> Rendered.ok(json.write(comments)))
                .orElseGet(() -> Rendered.unavailable(Backends.COMMENTS)));
    }

    @Get("/comments/{id}")
    @Operation(summary = "One approved comment with its visible replies",
            parameters = @Parameter(name = "If-None-Match", in = ParameterIn.HEADER, description = "An ETag of this comment: 304 while it still matches",
                    schema = @Schema(type = "string")))
    @OpenApi.RequestIdHeader
    @ApiResponse(responseCode = "200", description = "The public view of the comment",
            headers = {@Header(name = "ETag", schema = @Schema(type = "string")),
                    @Header(name = RequestIdFilter.HEADER, schema = @Schema(type = "string"))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Comment.class)))
    @OpenApi.NotModified
    @ApiResponse(responseCode = "404", description = "No visible comment has this id (or its article is not published)",
            headers = @Header(name = RequestIdFilter.HEADER, schema = @Schema(type = "string")),
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @OpenApi.ServicesUnavailable
    public Mono<HttpResponse<byte[]>> one(String id, HttpRequest<?> request) {
        if (!Identifiers.isId(id)) {
            return Mono.just(Responses.of(Rendered.notFound(), request));
        }
        Call call = Call.anonymous(request);
        return cache.get(new CommentKey(id), () -> comments.get("/comments/" + id, call)
                        .flatMap(reply -> {
                            if (!reply.isSuccess()) {
                                return Mono.just(Rendered.passThrough(reply.status(), reply.body(), reply.contentType()));
                            }
                            Optional<Comment> comment = json.read(reply.body(), Comment.class).filter(Comment::isWhole);
                            if (comment.isEmpty()) {
                                return Mono.just(Rendered.unavailable(Backends.COMMENTS));
                            }
                            String articleId = json.read(reply.body(), CommentArticle.class).map(CommentArticle::articleId).orElse(null);
                            return lookup.whenPublished(articleId, call, () -> Rendered.ok(json.write(comment.get())));
                        })
                        // the article's check answers articles-service's failures itself
                        .onErrorResume(ServiceUnavailable.class, e -> Mono.just(e.problem())))
                .map(rendered -> Responses.of(rendered, request));
    }

    @Post("/articles/{slug}/comments")
    @Operation(summary = "Leave a reply: 404 unknown article, 403 closed, 400 invalid, 409 duplicate, 429 too soon",
            description = "Checks run in this order: 404, 403, 400, 409, 429. A MODERATOR token posts approved, exempt from the flood rule.")
    @OpenApi.RequestIdHeader
    @RequestBody(required = true,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommentInput.class)))
    @ApiResponse(responseCode = "201", description = "Stored, approved or held for moderation",
            headers = {@Header(name = "Location", description = "/api/comments/{id}", schema = @Schema(type = "string")),
                    @Header(name = RequestIdFilter.HEADER, schema = @Schema(type = "string"))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PostedComment.class)))
    @ApiResponse(responseCode = "400",
            description = "A field is missing or invalid (parentId not a visible comment of this article), named in errors",
            headers = @Header(name = RequestIdFilter.HEADER, schema = @Schema(type = "string")),
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "Comments are closed on this article",
            headers = @Header(name = RequestIdFilter.HEADER, schema = @Schema(type = "string")),
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No published article has this slug",
            headers = @Header(name = RequestIdFilter.HEADER, schema = @Schema(type = "string")),
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "The same email, article, parent and content again",
            headers = @Header(name = RequestIdFilter.HEADER, schema = @Schema(type = "string")),
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @OpenApi.BodyTooLarge
    @OpenApi.UnsupportedMediaType
    @ApiResponse(responseCode = "429", description = "Flooding: this client IP or email had a comment stored within COMMENT_FLOOD_SECONDS "
            + "(or too many requests from this client IP)",
            headers = {@Header(name = "Retry-After", description = "Whole seconds left, rounded up", schema = @Schema(type = "integer")),
                    @Header(name = RequestIdFilter.HEADER, schema = @Schema(type = "string"))},
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @OpenApi.ServicesUnavailable
    @OpenApi.MayBeSaved
    public Mono<HttpResponse<byte[]>> post(String slug, @Nullable @Body byte[] body, @Nullable Authentication authentication,
                                           HttpRequest<?> request) {
        if (!Identifiers.isSlug(slug)) {
            return Mono.just(Responses.of(Rendered.notFound(), request));
        }
        return posting.post(slug, body == null ? new byte[0] : body, authentication, request).map(rendered -> Responses.of(rendered, request));
    }

    // The body of a post, for the OpenAPI document only: CommentPosting reads it.
    /** A reader's comment (the "Leave a Reply" form); lengths count characters after trimming. */
    @Schema(name = "CommentInput")
    record CommentInput(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minLength = 1, maxLength = 245) String authorName,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "email", maxLength = 100, description = "Never shown to readers")
            String authorEmail,
            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED, maxLength = 200, description = "An http or https URL") String authorUrl,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minLength = 1, maxLength = 10000) String content,
            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED, nullable = true,
                    description = "A visible comment of the same article; a reply to a comment at depth 5 is attached to that comment's parent")
            String parentId,
            @JsonProperty("notify") @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED, defaultValue = "false",
                    description = "Mail me when someone replies (after confirming the address)")
            Boolean notifyOfReplies) {
    }

    // The answer to a post, for the OpenAPI document only: comments-service's answer is passed on.
    /** The public view of the stored comment, plus its status and what lets its author edit it. */
    @Schema(name = "PostedComment", allOf = Comment.class)
    record PostedComment(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"approved", "pending"}, description = "spam shows as pending")
            String status,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "Proves authorship for PUT/DELETE /api/comments/{id} (X-Edit-Token); shown only in this answer")
            String editToken,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, nullable = true, format = "date-time",
                    description = "Until when the author may edit or delete it; null when editing is off")
            String editableUntil) {
    }
}
