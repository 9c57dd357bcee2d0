package org.newsroom.gateway.comments;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Named;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import reactor.core.publisher.Mono;

import java.util.Optional;


@Controller("/api")
@Tag(name = "Comments")
@Secured(SecurityRule.IS_ANONYMOUS)
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
    @Operation(summary = "A page of an article's approved comment threads, oldest first, replies nested")
    public Mono<HttpResponse<byte[]>> page(String slug, @QueryValue(defaultValue = "1") @Min(1) int page,
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
    @Operation(summary = "One approved comment with its visible replies")
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
                        .onErrorResume(ServiceUnavailable.class, e -> Mono.just(Rendered.unavailable(Backends.COMMENTS))))
                .map(rendered -> Responses.of(rendered, request));
    }

    @Post("/articles/{slug}/comments")
    @Operation(summary = "Leave a reply: 404 unknown article, 403 closed, 400 invalid, 409 duplicate, 429 too soon")
    public Mono<HttpResponse<byte[]>> post(String slug, @Nullable @Body byte[] body, @Nullable Authentication authentication,
                                           HttpRequest<?> request) {
        if (!Identifiers.isSlug(slug)) {
            return Mono.just(Responses.of(Rendered.notFound(), request));
        }
        return posting.post(slug, body == null ? new byte[0] : body, authentication, request).map(rendered -> Responses.of(rendered, request));
    }
}
