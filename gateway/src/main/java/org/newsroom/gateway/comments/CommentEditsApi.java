package org.newsroom.gateway.comments;

import io.micronaut.core.annotation.Nullable;
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
import org.newsroom.gateway.http.Responses;
import reactor.core.publisher.Mono;

/**
 * An author's own edit or deletion within the edit window, proven by the {@code X-Edit-Token} the
 * post answered with ({@link CommentEdits}).
 */
@Controller("/api/comments/{id}")
@Tag(name = "Comments")
@Secured(SecurityRule.IS_ANONYMOUS)
public class CommentEditsApi {

    private final CommentEdits edits;

    public CommentEditsApi(CommentEdits edits) {
        this.edits = edits;
    }

    @Put
    @Operation(summary = "Edit one's own comment within the edit window (X-Edit-Token): 403 wrong token or too late, 409 answered, 400 invalid")
    public Mono<HttpResponse<byte[]>> edit(String id, @Nullable @Header(CommentEdits.EDIT_TOKEN) String token, @Nullable @Body byte[] body,
                                           HttpRequest<?> request) {
        return edits.edit(id, token, body == null ? new byte[0] : body, request).map(rendered -> Responses.of(rendered, request));
    }

    @Delete
    @Operation(summary = "Withdraw one's own comment within the edit window (X-Edit-Token): 204, it goes to trash")
    public Mono<HttpResponse<byte[]>> delete(String id, @Nullable @Header(CommentEdits.EDIT_TOKEN) String token, HttpRequest<?> request) {
        return edits.delete(id, token, request).map(rendered -> Responses.of(rendered, request));
    }
}
