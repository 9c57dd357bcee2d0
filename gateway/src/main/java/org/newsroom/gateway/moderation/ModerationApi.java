package org.newsroom.gateway.moderation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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
import org.newsroom.gateway.comments.Comment;
import org.newsroom.gateway.backend.Forwarding;
import org.newsroom.gateway.http.Identifiers;
import org.newsroom.gateway.http.Rendered;
import org.newsroom.gateway.http.Responses;
import org.newsroom.gateway.http.ViewCache;
import org.newsroom.support.http.Problem;
import org.newsroom.support.http.RequestIdFilter;
import reactor.core.publisher.Mono;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** The moderation queue, passed on to comments-service with the moderator's token; the answers are the service's own. */
@Controller("/api/moderation")
@Tag(name = "Moderation")
@Secured(Roles.MODERATOR)
@OpenApi.NoValidToken
@OpenApi.NotModerator
@OpenApi.TooManyRequests
@OpenApi.CommentsUnavailable
public class ModerationApi {

    private final Backend comments;
    private final ViewCache cache;

    public ModerationApi(@Named(Backends.COMMENTS) Backend comments, ViewCache cache) {
        this.comments = comments;
        this.cache = cache;
    }

    @Get("/comments")
    @Operation(summary = "The moderation queue by status (default pending) and article slug, oldest first (MODERATOR)")
    @OpenApi.RequestIdHeader
    @ApiResponse(responseCode = "200", description = "A page of comments in that status, each reply an item of its own",
            headers = @Header(name = RequestIdFilter.HEADER, schema = @Schema(type = "string")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ModerationQueue.class)))
    @ApiResponse(responseCode = "400", description = "status, page or size out of range, named in errors",
            headers = @Header(name = RequestIdFilter.HEADER, schema = @Schema(type = "string")),
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    public Mono<HttpResponse<byte[]>> queue(@Parameter(description = "The status to list", required = false,
                                                    schema = @Schema(type = "string", allowableValues = {"pending", "approved", "spam", "trash"}))
                                            @QueryValue(defaultValue = "pending") String status,
                                            @Parameter(description = "Only the comments of the article with this slug")
                                            @Nullable @QueryValue String article,
                                            @Parameter(description = "Page number, from 1", required = false)
                                            @QueryValue(defaultValue = "1") @Min(1) int page,
                                            @Parameter(description = "Items per page, 1 to 100", required = false)
                                            @QueryValue(defaultValue = "20") @Min(1) @Max(100) int size, HttpRequest<?> request) {
        String path = "/moderation/comments?status=" + URLEncoder.encode(status, StandardCharsets.UTF_8) + "&page=" + page + "&size=" + size
                + (article == null ? "" : "&article=" + URLEncoder.encode(article, StandardCharsets.UTF_8));
        return send(HttpMethod.GET, path, null, request);
    }

    @Get("/counts")
    @Operation(summary = "How many comments there are in each status (MODERATOR)")
    @OpenApi.RequestIdHeader
    @ApiResponse(responseCode = "200", description = "The count of each status",
            headers = @Header(name = RequestIdFilter.HEADER, schema = @Schema(type = "string")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatusCounts.class)))
    public Mono<HttpResponse<byte[]>> counts(HttpRequest<?> request) {
        return send(HttpMethod.GET, "/moderation/counts", null, request);
    }

    @Patch("/comments/{id}")
    @Operation(summary = "Change a comment's status: approved, pending, spam or trash (MODERATOR)")
    @OpenApi.RequestIdHeader
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatusChange.class)))
    @ApiResponse(responseCode = "200", description = "The comment in its new status",
            headers = @Header(name = RequestIdFilter.HEADER, schema = @Schema(type = "string")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ModeratedComment.class)))
    @ApiResponse(responseCode = "400", description = "Another status",
            headers = @Header(name = RequestIdFilter.HEADER, schema = @Schema(type = "string")),
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @OpenApi.NoSuchComment
    @OpenApi.BodyTooLarge
    @OpenApi.UnsupportedMediaType
    @OpenApi.MayBeSaved
    public Mono<HttpResponse<byte[]>> changeStatus(String id, @Nullable @Body byte[] body, HttpRequest<?> request) {
        if (!Identifiers.isId(id)) {
            return Mono.just(Responses.of(Rendered.notFound(), request));
        }
        return send(HttpMethod.PATCH, "/moderation/comments/" + id, body == null ? new byte[0] : body, request);
    }

    @Delete("/comments/{id}")
    @Operation(summary = "Delete a comment for good; its replies move up to its parent (MODERATOR)")
    @OpenApi.RequestIdHeader
    @ApiResponse(responseCode = "204", description = "Deleted: the id answers 404 everywhere from now on",
            headers = @Header(name = RequestIdFilter.HEADER, schema = @Schema(type = "string")))
    @OpenApi.NoSuchComment
    @OpenApi.MayBeSaved
    public Mono<HttpResponse<byte[]>> delete(String id, HttpRequest<?> request) {
        if (!Identifiers.isId(id)) {
            return Mono.just(Responses.of(Rendered.notFound(), request));
        }
        return send(HttpMethod.DELETE, "/moderation/comments/" + id, null, request);
    }

    private Mono<HttpResponse<byte[]>> send(HttpMethod method, String path, @Nullable byte[] body, HttpRequest<?> request) {
        return Forwarding.forward(comments, method, path, body, Call.of(request), Map.of())
                .doOnNext(rendered -> {
                    if (method != HttpMethod.GET && rendered.status() < 300) {
                        cache.clear();
                    }
                })
                .map(rendered -> Responses.of(rendered, request));
    }

    // The bodies below are for the OpenAPI document only: comments-service's answers are passed on as they come.

    /** A comment as moderators see it: the public view (replies always empty) plus what readers never see. */
    @Schema(name = "ModeratedComment", allOf = Comment.class)
    record ModeratedComment(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"pending", "approved", "spam", "trash"}) String status,
            String authorEmail,
            @Schema(nullable = true) String authorIp,
            @Schema(nullable = true) String userAgent,
            String articleId,
            @Schema(nullable = true) String articleSlug,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "1 for a top-level comment, at most 5") int depth,
            @Schema(nullable = true) String updatedAt) {
    }

    /** A page of the moderation queue. */
    @Schema(name = "ModerationQueue")
    record ModerationQueue(List<ModeratedComment> items, int page, int size, long total, long totalPages) {
    }

    /** The new status of a comment. */
    @Schema(name = "StatusChange")
    record StatusChange(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"approved", "pending", "spam", "trash"})
                        String status) {
    }

    /** How many comments each status holds. */
    @Schema(name = "StatusCounts")
    record StatusCounts(long pending, long approved, long spam, long trash) {
    }
}
