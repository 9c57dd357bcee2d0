package org.newsroom.gateway.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Named;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.newsroom.gateway.backend.Backend;
import org.newsroom.gateway.backend.BackendReply;
import org.newsroom.gateway.backend.Backends;
import org.newsroom.gateway.backend.Call;
import org.newsroom.gateway.backend.ServiceUnavailable;
import org.newsroom.gateway.http.Rendered;
import org.newsroom.gateway.http.Responses;
import org.newsroom.gateway.http.TrustedProxies;
import org.newsroom.gateway.http.ViewCache;
import reactor.core.publisher.Mono;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

@Controller("/api")
@Tag(name = "Comments")
@Secured(SecurityRule.IS_ANONYMOUS)
public class CommentsApi {

    private final Backend articles;
    private final Backend comments;
    private final ViewCache cache;
    private final TrustedProxies proxies;

    public CommentsApi(@Named(Backends.ARTICLES) Backend articles, @Named(Backends.COMMENTS) Backend comments,
                       ViewCache cache, TrustedProxies proxies) {
        this.articles = articles;
        this.comments = comments;
        this.cache = cache;
        this.proxies = proxies;
    }

    @Get("/articles/{slug}/comments")
    @Operation(summary = "A page of an article's approved comment threads")
    public Mono<HttpResponse<byte[]>> page(String slug, @QueryValue(defaultValue = "1") @Min(1) int page,
                                           @QueryValue(defaultValue = "20") @Min(1) @Max(100) int size, HttpRequest<?> request) {
        if (!Slugs.isSlug(slug)) {
            return ArticlesApi.notFound(request);
        }
        Call call = new Call(Call.of(request).requestId(), null);
        return cache.get("comments:" + slug + ":" + page + ":" + size, () -> withArticle(slug, call, status ->
                        Forwarding.get(comments, "/articles/" + status.id() + "/comments?page=" + page + "&size=" + size, call)))
                .map(rendered -> Responses.of(rendered, request));
    }

    @Get("/comments/{id}")
    @Operation(summary = "One approved comment with its visible replies")
    public Mono<HttpResponse<byte[]>> one(String id, HttpRequest<?> request) {
        if (!Slugs.isId(id)) {
            return ArticlesApi.notFound(request);
        }
        Call call = new Call(Call.of(request).requestId(), null);
        return cache.get("comment:" + id, () -> Forwarding.get(comments, "/comments/" + id, call))
                .map(rendered -> Responses.of(rendered, request));
    }

    @Post("/articles/{slug}/comments")
    @Operation(summary = "Leave a reply: 404 unknown article, 403 closed, 400 invalid, 409 duplicate, 429 too soon")
    public Mono<HttpResponse<byte[]>> post(String slug, @Nullable @Body byte[] body, HttpRequest<?> request) {
        if (!Slugs.isSlug(slug)) {
            return ArticlesApi.notFound(request);
        }
        Call call = Call.of(request);
        Map<String, String> client = new HashMap<>();
        client.put("X-Client-IP", proxies.clientIp(request));
        String userAgent = request.getHeaders().get("User-Agent");
        if (userAgent != null) {
            client.put("X-Client-User-Agent", userAgent);
        }
        return withArticle(slug, call, status -> {
            if (!"open".equals(status.commentStatus())) {
                return Mono.just(Rendered.problem(403, "Forbidden", "Comments are closed on this article."));
            }
            String path = "/articles/" + status.id() + "/comments?slug=" + URLEncoder.encode(slug, StandardCharsets.UTF_8);
            return Forwarding.forward(comments, HttpMethod.POST, path, body == null ? new byte[0] : body, call, client);
        }).doOnNext(rendered -> {
            if (rendered.status() == 201) {
                cache.clear();
            }
        }).map(rendered -> Responses.of(rendered, request));
    }

    /** What the gateway must know of an article before touching its comments. */
    record ArticleStatus(String id, String commentStatus) {
    }

    private Mono<Rendered> withArticle(String slug, Call call, Function<ArticleStatus, Mono<Rendered>> then) {
        return articles.get("/articles/" + slug + "/comment-status", new Call(call.requestId(), null))
                .flatMap(reply -> {
                    if (reply.status() == 404) {
                        return Mono.just(Rendered.problem(404, "Not Found", "There is no published article here."));
                    }
                    return status(reply).map(then).orElseGet(() -> Mono.just(Rendered.unavailable("articles")));
                })
                .onErrorResume(ServiceUnavailable.class, e -> Mono.just(Rendered.unavailable("articles")));
    }

    private static java.util.Optional<ArticleStatus> status(BackendReply reply) {
        if (!reply.isSuccess()) {
            return java.util.Optional.empty();
        }
        return Json.object(reply.body())
                .filter(node -> Slugs.isId(node.path("id").asText()))
                .map(node -> new ArticleStatus(node.path("id").asText(), node.path("commentStatus").asText()));
    }
}
