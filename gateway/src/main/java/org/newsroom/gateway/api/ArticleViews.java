package org.newsroom.gateway.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.newsroom.gateway.backend.Backend;
import org.newsroom.gateway.backend.BackendReply;
import org.newsroom.gateway.backend.Backends;
import org.newsroom.gateway.backend.Call;
import org.newsroom.gateway.backend.ServiceUnavailable;
import org.newsroom.gateway.http.Rendered;
import reactor.core.publisher.Mono;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds the reader's views from the two services: an article with a page of its approved threads,
 * and a list page with comment counts (one call for the page, one batch call for the counts). When
 * comments-service fails the article still answers, marked incomplete.
 */
@Singleton
public class ArticleViews {

    private final Backend articles;
    private final Backend comments;
    private final Cache<String, String> articleIds = Caffeine.newBuilder()
            .maximumSize(50_000).expireAfterWrite(Duration.ofMinutes(10)).build();

    public ArticleViews(@Named(Backends.ARTICLES) Backend articles, @Named(Backends.COMMENTS) Backend comments) {
        this.articles = articles;
        this.comments = comments;
    }

    public Mono<Rendered> article(String slug, int page, int size, Call call) {
        Mono<BackendReply> article = articles.get("/articles/" + slug, call);
        String knownId = call.isAnonymous() ? articleIds.getIfPresent(slug) : null;
        if (knownId != null) {
            Mono<Optional<JsonNode>> early = commentPage(knownId, page, size, call);
            return Mono.zip(article, early)
                    .flatMap(both -> compose(slug, both.getT1(), page, size, call, knownId, both.getT2()))
                    .onErrorResume(ServiceUnavailable.class, e -> Mono.just(Rendered.unavailable("articles")));
        }
        return article.flatMap(reply -> compose(slug, reply, page, size, call, null, null))
                .onErrorResume(ServiceUnavailable.class, e -> Mono.just(Rendered.unavailable("articles")));
    }

    private Mono<Rendered> compose(String slug, BackendReply reply, int page, int size, Call call,
                                   @Nullable String fetchedFor, @Nullable Optional<JsonNode> fetched) {
        if (!reply.isSuccess()) {
            return Mono.just(Rendered.passThrough(reply.status(), reply.body(), reply.contentType()));
        }
        Optional<JsonNode> parsed = Json.object(reply.body());
        if (parsed.isEmpty() || !parsed.get().hasNonNull("id")) {
            return Mono.just(Rendered.unavailable("articles"));
        }
        JsonNode article = parsed.get();
        String id = article.get("id").asText();
        if (call.isAnonymous()) {
            articleIds.put(slug, id);
        }
        Mono<Optional<JsonNode>> page$ = id.equals(fetchedFor) && fetched != null ? Mono.just(fetched) : commentPage(id, page, size, call);
        return page$.map(commentsPage -> {
            ObjectNode view = Json.MAPPER.createObjectNode();
            view.set("article", article);
            view.set("comments", commentsPage.orElse(null));
            view.put("complete", commentsPage.isPresent());
            byte[] body = Json.bytes(view);
            return commentsPage.isPresent() ? Rendered.ok(body) : Rendered.degraded(body);
        });
    }

    /** The article's comment page, or empty when comments-service failed, was slow, or answered nonsense. */
    private Mono<Optional<JsonNode>> commentPage(String articleId, int page, int size, Call call) {
        return comments.get("/articles/" + articleId + "/comments?page=" + page + "&size=" + size, new Call(call.requestId(), null))
                .map(reply -> reply.isSuccess() ? Json.object(reply.body()).filter(node -> node.path("items").isArray())
                        : Optional.<JsonNode>empty())
                .onErrorResume(ServiceUnavailable.class, e -> Mono.just(Optional.empty()));
    }

    public Mono<Rendered> list(int page, int size, @Nullable String tag, @Nullable String q, @Nullable String status, Call call) {
        StringBuilder query = new StringBuilder("/articles?page=" + page + "&size=" + size);
        append(query, "tag", tag);
        append(query, "q", q);
        append(query, "status", status);
        return articles.get(query.toString(), call)
                .flatMap(reply -> {
                    if (!reply.isSuccess()) {
                        return Mono.just(Rendered.passThrough(reply.status(), reply.body(), reply.contentType()));
                    }
                    Optional<JsonNode> parsed = Json.object(reply.body());
                    if (parsed.isEmpty() || !parsed.get().path("items").isArray()) {
                        return Mono.just(Rendered.unavailable("articles"));
                    }
                    return withCounts((ObjectNode) parsed.get(), call);
                })
                .onErrorResume(ServiceUnavailable.class, e -> Mono.just(Rendered.unavailable("articles")));
    }

    private Mono<Rendered> withCounts(ObjectNode list, Call call) {
        ArrayNode items = (ArrayNode) list.get("items");
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.path("id").asText()));
        Mono<Optional<JsonNode>> counts = ids.isEmpty() ? Mono.just(Optional.of(Json.MAPPER.createObjectNode()))
                : comments.get("/counts?articleIds=" + String.join(",", ids), new Call(call.requestId(), null))
                .map(reply -> reply.isSuccess() ? Json.object(reply.body()).map(body -> body.path("counts"))
                        .filter(JsonNode::isObject) : Optional.<JsonNode>empty())
                .onErrorResume(ServiceUnavailable.class, e -> Mono.just(Optional.empty()));
        return counts.map(found -> {
            for (JsonNode item : items) {
                JsonNode count = found.map(byId -> byId.get(item.path("id").asText())).orElse(null);
                ((ObjectNode) item).set("commentCount", count != null && count.isNumber() ? count : null);
            }
            list.put("complete", found.isPresent());
            byte[] body = Json.bytes(list);
            return found.isPresent() ? Rendered.ok(body) : Rendered.degraded(body);
        });
    }

    private static void append(StringBuilder query, String name, @Nullable String value) {
        if (value != null) {
            query.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}
