package org.newsroom.gateway.comments;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.newsroom.gateway.OpenApi;
import org.newsroom.gateway.http.Responses;
import org.newsroom.support.http.Problem;
import org.newsroom.support.http.RequestIdFilter;
import reactor.core.publisher.Mono;

/**
 * An author's own edit or deletion within the edit window, proven by the {@code X-Edit-Token} the
 * post answered with ({@link CommentEdits}).
 */
@Controller("/api/comments/{id}")
@Tag(name = "Comments")
@Secured(SecurityRule.IS_ANONYMOUS)
@ApiResponse(responseCode = "403", description = "The edit token is wrong, missing or spent, or the edit window is over; "
        + "an edit also when comments are closed on the comment's article",
        headers = @Header(name = RequestIdFilter.HEADER, schema = @Schema(type = "string")),
        content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "404", description = "No comment has this id (or a moderator removed it for good); "
        + "an edit also when the comment's article is not published (a draft again, or deleted)",
        headers = @Header(name = RequestIdFilter.HEADER, schema = @Schema(type = "string")),
        content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "409", description = "The comment already has a visible reply",
        headers = @Header(name = RequestIdFilter.HEADER, schema = @Schema(type = "string")),
        content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
@OpenApi.TooManyRequests
@OpenApi.CommentsUnavailable
public class CommentEditsApi {

    private final CommentEdits edits;

    public CommentEditsApi(CommentEdits edits) {
        this.edits = edits;
    }

    @Put
    @Operation(summary = "Edit one's own comment within the edit window (X-Edit-Token): 403 wrong token, too late or comments closed, "
            + "404 article not published, 409 answered, 400 invalid",
            description = "The article is checked as for a post: not published → 404, comments closed → 403 (a deletion stays allowed). "
                    + "The content rules apply again, and so do the link and word rules of moderation: "
                    + "an edit may send the comment back to pending. Checks run in this order: the comment (404, 403, 409), "
                    + "its article (404, 403), the text (400, 409).")
    @OpenApi.RequestIdHeader
    @RequestBody(required = true,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommentEdit.class)))
    @ApiResponse(responseCode = "200", description = "Edited",
            headers = @Header(name = RequestIdFilter.HEADER, schema = @Schema(type = "string")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EditedComment.class)))
    @ApiResponse(responseCode = "400", description = "The content is missing or invalid, named in errors",
            headers = @Header(name = RequestIdFilter.HEADER, schema = @Schema(type = "string")),
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @OpenApi.BodyTooLarge
    @OpenApi.UnsupportedMediaType
    @OpenApi.ServicesUnavailable
    @OpenApi.MayBeSaved
    public Mono<HttpResponse<byte[]>> edit(String id,
                                           @Parameter(description = "The editToken of the post's answer: missing or wrong is 403")
                                           @Nullable @io.micronaut.http.annotation.Header(CommentEdits.EDIT_TOKEN) String token,
                                           @Nullable @Body byte[] body, HttpRequest<?> request) {
        return edits.edit(id, token, body == null ? new byte[0] : body, request).map(rendered -> Responses.of(rendered, request));
    }

    @Delete
    @Operation(summary = "Withdraw one's own comment within the edit window (X-Edit-Token): 204, it goes to trash",
            description = "Allowed whatever the state of its article (not published, comments closed).")
    @OpenApi.RequestIdHeader
    @ApiResponse(responseCode = "204", description = "Withdrawn: the comment went to trash",
            headers = @Header(name = RequestIdFilter.HEADER, schema = @Schema(type = "string")))
    @OpenApi.MayBeSaved
    public Mono<HttpResponse<byte[]>> delete(String id,
                                             @Parameter(description = "The editToken of the post's answer: missing or wrong is 403")
                                             @Nullable @io.micronaut.http.annotation.Header(CommentEdits.EDIT_TOKEN) String token,
                                             HttpRequest<?> request) {
        return edits.delete(id, token, request).map(rendered -> Responses.of(rendered, request));
    }

    // The body of an edit, for the OpenAPI document only: CommentEdits reads it.
    /** The comment's new text. */
    @Schema(name = "CommentEdit")
    record CommentEdit(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, minLength = 1, maxLength = 10000) String content) {
    }

    // The answer to an edit, for the OpenAPI document only: comments-service's answer is passed on.
    /** The public view of the edited comment (editedAt set), plus its status. */
    @Schema(name = "EditedComment", allOf = Comment.class)
    record EditedComment(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"approved", "pending"},
                                 description = "spam shows as pending") String status) {
    }
}
