package org.newsroom.gateway.moderation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Named;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.newsroom.gateway.auth.Roles;
import org.newsroom.gateway.backend.Backend;
import org.newsroom.gateway.backend.Backends;
import org.newsroom.gateway.backend.Call;
import org.newsroom.gateway.backend.Forwarding;
import org.newsroom.gateway.http.Identifiers;
import org.newsroom.gateway.http.Rendered;
import org.newsroom.gateway.http.Responses;
import org.newsroom.gateway.http.ViewCache;
import reactor.core.publisher.Mono;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The moderation queue, passed on to comments-service with the moderator's token; the answers are the service's own. */
@Controller("/api/moderation")
@Tag(name = "Moderation")
@Secured(Roles.MODERATOR)
public class ModerationApi {

    private final Backend comments;
    private final ViewCache cache;

    public ModerationApi(@Named(Backends.COMMENTS) Backend comments, ViewCache cache) {
        this.comments = comments;
        this.cache = cache;
    }

    @Get("/comments")
    @Operation(summary = "The moderation queue by status (default pending) and article slug, oldest first (MODERATOR)")
    public Mono<HttpResponse<byte[]>> queue(@QueryValue(defaultValue = "pending") String status, @Nullable @QueryValue String article,
                                            @QueryValue(defaultValue = "1") @Min(1) int page,
                                            @QueryValue(defaultValue = "20") @Min(1) @Max(100) int size, HttpRequest<?> request) {
        String path = "/moderation/comments?status=" + URLEncoder.encode(status, StandardCharsets.UTF_8) + "&page=" + page + "&size=" + size
                + (article == null ? "" : "&article=" + URLEncoder.encode(article, StandardCharsets.UTF_8));
        return send(HttpMethod.GET, path, null, request);
    }

    @Get("/counts")
    @Operation(summary = "How many comments there are in each status (MODERATOR)")
    public Mono<HttpResponse<byte[]>> counts(HttpRequest<?> request) {
        return send(HttpMethod.GET, "/moderation/counts", null, request);
    }

    @Patch("/comments/{id}")
    @Operation(summary = "Change a comment's status: approved, pending, spam or trash (MODERATOR)")
    public Mono<HttpResponse<byte[]>> changeStatus(String id, @Nullable @Body byte[] body, HttpRequest<?> request) {
        if (!Identifiers.isId(id)) {
            return Mono.just(Responses.of(Rendered.notFound(), request));
        }
        return send(HttpMethod.PATCH, "/moderation/comments/" + id, body == null ? new byte[0] : body, request);
    }

    @Delete("/comments/{id}")
    @Operation(summary = "Delete a comment for good; its replies move up to its parent (MODERATOR)")
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
}
