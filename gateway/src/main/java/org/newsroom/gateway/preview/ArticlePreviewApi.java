package org.newsroom.gateway.preview;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Named;
import org.newsroom.gateway.OpenApi;
import org.newsroom.gateway.auth.Roles;
import org.newsroom.gateway.backend.Backend;
import org.newsroom.gateway.backend.Backends;
import org.newsroom.gateway.backend.Call;
import org.newsroom.gateway.backend.Forwarding;
import org.newsroom.gateway.http.Responses;
import org.newsroom.support.http.Problem;
import org.newsroom.support.http.RequestIdFilter;
import reactor.core.publisher.Mono;

import java.util.Map;

/** The editor's live preview: articles-service renders the body as a save would, and stores nothing. */
@Controller("/api/articles/preview")
@Tag(name = "Articles")
public class ArticlePreviewApi {

    private final Backend articles;

    public ArticlePreviewApi(@Named(Backends.ARTICLES) Backend articles) {
        this.articles = articles;
    }

    @Post
    @Secured(Roles.EDITOR)
    @Operation(summary = "Render a Markdown body as the article would show it, without saving it (EDITOR)")
    @OpenApi.RequestIdHeader
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PreviewInput.class)))
    @ApiResponse(responseCode = "200", description = "The body and excerpt as a save would store them; nothing is stored",
            headers = @Header(name = RequestIdFilter.HEADER, schema = @Schema(type = "string")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Preview.class)))
    @ApiResponse(responseCode = "400", description = "body or excerpt missing, not a string or too long, named in errors",
            headers = @Header(name = RequestIdFilter.HEADER, schema = @Schema(type = "string")),
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @OpenApi.NoValidToken
    @OpenApi.NotEditor
    @OpenApi.BodyTooLarge
    @OpenApi.UnsupportedMediaType
    @OpenApi.TooManyRequests
    @OpenApi.ArticlesUnavailable
    public Mono<HttpResponse<byte[]>> preview(@Nullable @Body byte[] body, HttpRequest<?> request) {
        return Forwarding.ask(articles, HttpMethod.POST, "/articles/preview", body, Call.of(request), Map.of())
                .map(rendered -> Responses.of(rendered, request));
    }

    // The bodies below are for the OpenAPI document only: they are passed on as they come.

    /** What to preview: a body as the writing form holds it. */
    @Schema(name = "PreviewInput")
    record PreviewInput(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Markdown; may be empty") String body,
                        @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) String excerpt) {
    }

    /** The body rendered and sanitized, and the excerpt, exactly as a save would store them. */
    @Schema(name = "Preview")
    record Preview(String bodyHtml, String excerpt) {
    }
}
