package org.newsroom.gateway.preview;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
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
    public Mono<HttpResponse<byte[]>> preview(@Nullable @Body byte[] body, HttpRequest<?> request) {
        return Forwarding.forward(articles, HttpMethod.POST, "/articles/preview", body, Call.of(request), Map.of())
                .map(rendered -> Responses.of(rendered, request));
    }
}
