package org.newsroom.gateway.comments;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Named;
import org.newsroom.gateway.backend.Backend;
import org.newsroom.gateway.backend.Backends;
import org.newsroom.gateway.backend.Call;
import org.newsroom.gateway.backend.Forwarding;
import org.newsroom.gateway.http.Identifiers;
import org.newsroom.gateway.http.Rendered;
import org.newsroom.gateway.http.Responses;
import org.newsroom.gateway.http.ViewCache;
import reactor.core.publisher.Mono;

import java.util.Map;

/**
 * An author's own edit or deletion within the edit window, proven by the {@code X-Edit-Token} the
 * post answered with; comments-service checks the token, the window and the replies.
 */
@Controller("/api/comments/{id}")
@Tag(name = "Comments")
@Secured(SecurityRule.IS_ANONYMOUS)
public class CommentEditsApi {

    static final String EDIT_TOKEN = "X-Edit-Token";
    private static final int MAX_TOKEN_LENGTH = 100;

    private final Backend comments;
    private final ViewCache cache;

    public CommentEditsApi(@Named(Backends.COMMENTS) Backend comments, ViewCache cache) {
        this.comments = comments;
        this.cache = cache;
    }

    @Put
    @Operation(summary = "Edit one's own comment within the edit window (X-Edit-Token): 403 wrong token or too late, 409 answered, 400 invalid")
    public Mono<HttpResponse<byte[]>> edit(String id, @Nullable @Header(EDIT_TOKEN) String token, @Nullable @Body byte[] body,
                                           HttpRequest<?> request) {
        return send(HttpMethod.PUT, id, token, body == null ? new byte[0] : body, request);
    }

    @Delete
    @Operation(summary = "Withdraw one's own comment within the edit window (X-Edit-Token): 204, it goes to trash")
    public Mono<HttpResponse<byte[]>> delete(String id, @Nullable @Header(EDIT_TOKEN) String token, HttpRequest<?> request) {
        return send(HttpMethod.DELETE, id, token, null, request);
    }

    private Mono<HttpResponse<byte[]>> send(HttpMethod method, String id, @Nullable String token, @Nullable byte[] body,
                                            HttpRequest<?> request) {
        if (!Identifiers.isId(id) || token == null || token.isBlank() || token.length() > MAX_TOKEN_LENGTH) {
            return Mono.just(Responses.of(Rendered.problem(403, "Forbidden", "This comment cannot be changed without its edit token."), request));
        }
        return Forwarding.forward(comments, method, "/comments/" + id, body, Call.anonymous(request), Map.of(EDIT_TOKEN, token.trim()))
                .doOnNext(rendered -> {
                    if (rendered.status() < 300) {
                        cache.clear();
                    }
                })
                .map(rendered -> Responses.of(rendered, request));
    }
}
