package org.newsroom.gateway.comments;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.newsroom.gateway.backend.Backend;
import org.newsroom.gateway.backend.Backends;
import org.newsroom.gateway.backend.Call;
import org.newsroom.gateway.backend.Forwarding;
import org.newsroom.gateway.http.Rendered;
import org.newsroom.gateway.http.TrustedProxies;
import org.newsroom.gateway.http.ViewCache;
import reactor.core.publisher.Mono;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Leaves a reply on an article, whether it came as JSON from a script or as the page's plain form:
 * the same client IP (trusted proxies), the same article checks, the same rules in comments-service.
 */
@Singleton
public class CommentPosting {

    private final Backend comments;
    private final ArticleLookup articles;
    private final ViewCache cache;
    private final TrustedProxies proxies;

    public CommentPosting(@Named(Backends.COMMENTS) Backend comments, ArticleLookup articles, ViewCache cache, TrustedProxies proxies) {
        this.comments = comments;
        this.articles = articles;
        this.cache = cache;
        this.proxies = proxies;
    }

    /** {@code json} is the comment as the JSON API takes it; the answer is comments-service's (201 with the comment, or a problem). */
    public Mono<Rendered> post(String slug, byte[] json, @Nullable Authentication authentication, HttpRequest<?> request) {
        Map<String, String> client = new HashMap<>();
        client.put("X-Client-IP", proxies.clientIp(request));
        String userAgent = request.getHeaders().get("User-Agent");
        if (userAgent != null) {
            client.put("X-Client-User-Agent", userAgent);
        }
        Call call = authentication == null ? Call.anonymous(request) : Call.of(request);
        return articles.withArticle(slug, call, article -> {
            if (!article.isOpen()) {
                return Mono.just(ArticleLookup.closed());
            }
            String path = "/articles/" + article.id() + "/comments?slug=" + URLEncoder.encode(slug, StandardCharsets.UTF_8)
                    + (article.title() == null ? "" : "&title=" + URLEncoder.encode(article.title(), StandardCharsets.UTF_8));
            return Forwarding.forward(comments, HttpMethod.POST, path, json, call, client);
        }).doOnNext(rendered -> {
            if (rendered.status() == 201) {
                cache.clear();
            }
        });
    }
}
