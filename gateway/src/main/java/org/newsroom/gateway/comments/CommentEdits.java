package org.newsroom.gateway.comments;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.newsroom.gateway.backend.Backend;
import org.newsroom.gateway.backend.Backends;
import org.newsroom.gateway.backend.Call;
import org.newsroom.gateway.backend.Forwarding;
import org.newsroom.gateway.backend.JsonCodec;
import org.newsroom.gateway.http.Identifiers;
import org.newsroom.gateway.http.Rendered;
import org.newsroom.gateway.http.ViewCache;
import reactor.core.publisher.Mono;

import java.util.Map;

/**
 * An author's own read, edit or deletion of their comment within the edit window, proven by its edit
 * token, whether asked by a script (the JSON API) or by the page's plain form; comments-service checks
 * that the comment exists (404), the token and the window (403), the replies (409) and the text (400).
 * An edit is taken only while the comment's article takes comments, as a post is ({@link ArticleLookup});
 * a deletion always is: withdrawing one's words is never refused for the article's sake.
 */
@Singleton
public class CommentEdits {

    public static final String EDIT_TOKEN = "X-Edit-Token";
    private static final int MAX_TOKEN_LENGTH = 100;

    private final Backend comments;
    private final ArticleLookup articles;
    private final ViewCache cache;
    private final JsonCodec json;

    public CommentEdits(@Named(Backends.COMMENTS) Backend comments, ArticleLookup articles, ViewCache cache, JsonCodec json) {
        this.comments = comments;
        this.articles = articles;
        this.cache = cache;
        this.json = json;
    }

    /** The text its author wrote, its status and {@code editableUntil}, while they may still change it. */
    public Mono<Rendered> own(String id, @Nullable String token, HttpRequest<?> request) {
        return send(HttpMethod.GET, "/comments/" + id + "/editable", id, token, null, request);
    }

    /**
     * {@code body} is {@code {"content": "..."}}. Checks run in this order: the comment's own (404, 403, 409), its
     * article's (404 not published, 403 comments closed, 503), then the text's (400, 409).
     */
    public Mono<Rendered> edit(String id, @Nullable String token, byte[] body, HttpRequest<?> request) {
        return own(id, token, request).flatMap(own -> own.status() != 200 ? Mono.just(own)
                : articleRefusal(own, request).switchIfEmpty(Mono.defer(() -> save(id, token, body, request))));
    }

    /** Why the article of the comment {@code own} (a 200 of {@link #own}) takes no edit now; empty when it does. */
    public Mono<Rendered> articleRefusal(Rendered own, HttpRequest<?> request) {
        String articleId = json.read(own.body(), CommentArticle.class).map(CommentArticle::articleId).orElse(null);
        return articles.refusalOfComments(articleId, Call.anonymous(request));
    }

    /** The edit itself, for a caller that has made {@link #edit}'s checks of the comment and its article. */
    public Mono<Rendered> save(String id, @Nullable String token, byte[] body, HttpRequest<?> request) {
        return send(HttpMethod.PUT, "/comments/" + id, id, token, body, request);
    }

    public Mono<Rendered> delete(String id, @Nullable String token, HttpRequest<?> request) {
        return send(HttpMethod.DELETE, "/comments/" + id, id, token, null, request);
    }

    private Mono<Rendered> send(HttpMethod method, String path, String id, @Nullable String token, @Nullable byte[] body,
                                HttpRequest<?> request) {
        if (!Identifiers.isId(id)) {
            return Mono.just(Rendered.problem(404, "Not Found", "No such comment."));
        }
        // without a usable token comments-service still answers 404 for a comment that is gone, else 403
        Map<String, String> proof = token == null || token.isBlank() || token.length() > MAX_TOKEN_LENGTH ? Map.of()
                : Map.of(EDIT_TOKEN, token.trim());
        return Forwarding.forward(comments, method, path, body, Call.anonymous(request), proof)
                .doOnNext(rendered -> {
                    if (method != HttpMethod.GET && rendered.status() < 300) {
                        cache.clear();
                    }
                });
    }
}
