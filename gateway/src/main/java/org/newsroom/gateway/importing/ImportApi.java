package org.newsroom.gateway.importing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import org.newsroom.gateway.OpenApi;
import org.newsroom.gateway.auth.Roles;
import org.newsroom.gateway.backend.Backend;
import org.newsroom.gateway.backend.Backends;
import org.newsroom.gateway.backend.Call;
import org.newsroom.gateway.backend.Forwarding;
import org.newsroom.gateway.http.Responses;
import org.newsroom.gateway.http.ViewCache;
import org.newsroom.support.http.Problem;
import org.newsroom.support.http.RequestIdFilter;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Map;

/**
 * The import path ({@code ./import}): articles to articles-service for editors, comments to
 * comments-service for moderators, each with the caller's token (the services check the role again).
 */
@Controller("/api/import")
@Tag(name = "Import")
@OpenApi.InvalidFields
@OpenApi.NoValidToken
@ApiResponse(responseCode = "413", description = "The body is over IMPORT_MAX_BODY_BYTES (8 MiB)",
        headers = @Header(name = RequestIdFilter.HEADER, schema = @Schema(type = "string")),
        content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
@OpenApi.UnsupportedMediaType
@OpenApi.TooManyRequests
public class ImportApi {

    private final Backend articles;
    private final Backend comments;
    private final ViewCache cache;

    public ImportApi(@Named(Backends.ARTICLES) Backend articles, @Named(Backends.COMMENTS) Backend comments, ViewCache cache) {
        this.articles = articles;
        this.comments = comments;
        this.cache = cache;
    }

    @Put("/articles")
    @Secured(Roles.EDITOR)
    @Operation(summary = "Import an article from another platform, keyed by its source; again is unchanged (EDITOR)")
    @OpenApi.RequestIdHeader
    @RequestBody(required = true,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleImport.class)))
    @ApiResponse(responseCode = "200", description = "What the import did",
            headers = @Header(name = RequestIdFilter.HEADER, schema = @Schema(type = "string")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleImportOutcome.class)))
    @OpenApi.NotEditor
    @ApiResponse(responseCode = "409", description = "The slug is taken by another article",
            headers = @Header(name = RequestIdFilter.HEADER, schema = @Schema(type = "string")),
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @OpenApi.ArticlesUnavailable
    @OpenApi.MayBeSaved
    public Mono<HttpResponse<byte[]>> importArticle(@Nullable @Body byte[] body, HttpRequest<?> request) {
        return send(articles, "/import/articles", body, request);
    }

    @Put("/comments")
    @Secured(Roles.MODERATOR)
    @Operation(summary = "Import comments of one article, parents first, keyed by their sources; again is unchanged (MODERATOR)",
            description = "Statuses and dates are kept; no flood, moderation or mail rule applies.")
    @OpenApi.RequestIdHeader
    @RequestBody(required = true,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommentsImport.class)))
    @ApiResponse(responseCode = "200", description = "What the import did with each comment",
            headers = @Header(name = RequestIdFilter.HEADER, schema = @Schema(type = "string")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommentsImportOutcome.class)))
    @OpenApi.NotModerator
    @OpenApi.CommentsUnavailable
    @OpenApi.MayBeSaved
    public Mono<HttpResponse<byte[]>> importComments(@Nullable @Body byte[] body, HttpRequest<?> request) {
        return send(comments, "/import/comments", body, request);
    }

    private Mono<HttpResponse<byte[]>> send(Backend backend, String path, @Nullable byte[] body, HttpRequest<?> request) {
        return Forwarding.forward(backend, HttpMethod.PUT, path, body == null ? new byte[0] : body, Call.of(request), Map.of())
                .doOnNext(rendered -> {
                    if (rendered.status() < 300) {
                        cache.clear();
                    }
                })
                .map(rendered -> Responses.of(rendered, request));
    }

    // The bodies below are for the OpenAPI document only: they are passed on to the services as they come.

    /** An article of another platform (a WordPress post), keyed by its source. */
    @Schema(name = "ArticleImport")
    record ArticleImport(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "What identifies it at its source; the same source again updates it")
            String source,
            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) String slug,
            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) String title,
            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED, maxLength = 2_000_000, description = "HTML, sanitized when stored") String body,
            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) String excerpt,
            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) String author,
            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) List<String> tags,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"draft", "published"}) String status,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"open", "closed"}) String commentStatus,
            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED, format = "date-time", description = "The publication date") String date) {
    }

    /** What an article import did. */
    @Schema(name = "ArticleImportOutcome")
    record ArticleImportOutcome(@Schema(allowableValues = {"created", "updated", "unchanged", "deleted"}) String outcome, String id, String slug) {
    }

    /** 1 to 100 comments of one article, parents first. */
    @Schema(name = "CommentsImport")
    record CommentsImport(String articleId, String articleSlug, @Size(min = 1, max = 100) List<ImportedComment> comments) {
    }

    /** A comment of another platform, keyed by its source. */
    @Schema(name = "ImportedComment")
    record ImportedComment(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String source,
            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED,
                    description = "The source of its parent; a parent not imported makes it top-level")
            String parentSource,
            String authorName, String authorEmail, @Nullable String authorUrl, @Nullable String authorIp, String content,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"approved", "pending", "spam", "trash"}) String status,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date-time") String createdAt) {
    }

    /** What a comments import did with each comment. */
    @Schema(name = "CommentsImportOutcome")
    record CommentsImportOutcome(List<CommentImportOutcome> comments) {
    }

    /** What a comments import did with one comment. */
    @Schema(name = "CommentImportOutcome")
    record CommentImportOutcome(String source, @Schema(allowableValues = {"created", "unchanged", "updated", "deleted", "rejected"}) String outcome,
                                @Nullable String status, @Nullable String id, @Nullable String reason) {
    }
}
