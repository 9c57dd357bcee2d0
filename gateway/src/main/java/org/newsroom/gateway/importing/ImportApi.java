package org.newsroom.gateway.importing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Named;
import org.newsroom.gateway.auth.Roles;
import org.newsroom.gateway.backend.Backend;
import org.newsroom.gateway.backend.Backends;
import org.newsroom.gateway.backend.Call;
import org.newsroom.gateway.backend.Forwarding;
import org.newsroom.gateway.http.Responses;
import org.newsroom.gateway.http.ViewCache;
import reactor.core.publisher.Mono;

import java.util.Map;

/**
 * The import path ({@code ./import}): articles to articles-service for editors, comments to
 * comments-service for moderators, each with the caller's token (the services check the role again).
 */
@Controller("/api/import")
@Tag(name = "Import")
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
    public Mono<HttpResponse<byte[]>> importArticle(@Nullable @Body byte[] body, HttpRequest<?> request) {
        return send(articles, "/import/articles", body, request);
    }

    @Put("/comments")
    @Secured(Roles.MODERATOR)
    @Operation(summary = "Import comments of one article, parents first, keyed by their sources; again is unchanged (MODERATOR)")
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
}
