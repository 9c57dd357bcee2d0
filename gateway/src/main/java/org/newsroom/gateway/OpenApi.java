package org.newsroom.gateway;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.newsroom.support.http.Problem;
import org.newsroom.support.http.RequestIdFilter;

/**
 * What many operations of the OpenAPI document (/swagger/news-platform-1.0.yml) share, written once as stereotypes:
 * micronaut-openapi reads the {@code @ApiResponse} or {@code @Parameter} a stereotype carries as if it stood where the
 * stereotype stands (an {@code @ApiResponse} on a controller: on each of its operations). A stereotype cannot pass a
 * member on (an {@code @AliasFor} into a repeatable annotation makes an annotation of its own), so an answer whose
 * description is its operation's own stays written on the operation.
 */
public interface OpenApi {

    /** X-Request-Id, an optional request header (components/parameters/RequestId in resources/openapi/components.yml). */
    @Parameter(name = RequestIdFilter.HEADER, in = ParameterIn.HEADER, ref = "#/components/parameters/RequestId")
    @interface RequestIdHeader {
    }

    @ApiResponse(responseCode = "304", description = "Not modified: If-None-Match names the current ETag",
            headers = {@Header(name = "ETag", schema = @Schema(type = "string")),
                    @Header(name = RequestIdFilter.HEADER, schema = @Schema(type = "string"))})
    @interface NotModified {
    }

    @ApiResponse(responseCode = "401", description = "No valid token",
            headers = {@Header(name = "WWW-Authenticate", schema = @Schema(type = "string")),
                    @Header(name = RequestIdFilter.HEADER, schema = @Schema(type = "string"))},
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @interface NoValidToken {
    }

    @ApiResponse(responseCode = "429", description = "Too many requests from this client IP",
            headers = {@Header(name = "Retry-After", description = "Whole seconds to wait", schema = @Schema(type = "integer")),
                    @Header(name = RequestIdFilter.HEADER, schema = @Schema(type = "string"))},
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @interface TooManyRequests {
    }

    // Problem documents with X-Request-Id, worded the same wherever they stand

    @ApiResponse(responseCode = "400", description = "A field is missing or invalid, named in errors",
            headers = @Header(name = RequestIdFilter.HEADER, schema = @Schema(type = "string")),
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @interface InvalidFields {
    }

    @ApiResponse(responseCode = "400", description = "page or size out of range, named in errors",
            headers = @Header(name = RequestIdFilter.HEADER, schema = @Schema(type = "string")),
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @interface InvalidPage {
    }

    @ApiResponse(responseCode = "403", description = "The token has no EDITOR role",
            headers = @Header(name = RequestIdFilter.HEADER, schema = @Schema(type = "string")),
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @interface NotEditor {
    }

    @ApiResponse(responseCode = "403", description = "The token has no MODERATOR role",
            headers = @Header(name = RequestIdFilter.HEADER, schema = @Schema(type = "string")),
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @interface NotModerator {
    }

    @ApiResponse(responseCode = "404", description = "No article has this slug",
            headers = @Header(name = RequestIdFilter.HEADER, schema = @Schema(type = "string")),
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @interface NoSuchArticle {
    }

    @ApiResponse(responseCode = "404", description = "No published article has this slug (an EDITOR token sees drafts too)",
            headers = @Header(name = RequestIdFilter.HEADER, schema = @Schema(type = "string")),
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @interface NoSuchVisibleArticle {
    }

    @ApiResponse(responseCode = "404", description = "No comment has this id",
            headers = @Header(name = RequestIdFilter.HEADER, schema = @Schema(type = "string")),
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @interface NoSuchComment {
    }

    @ApiResponse(responseCode = "413", description = "The body is over 64 KiB",
            headers = @Header(name = RequestIdFilter.HEADER, schema = @Schema(type = "string")),
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @interface BodyTooLarge {
    }

    @ApiResponse(responseCode = "415", description = "The body's Content-Type is not one this operation takes",
            headers = @Header(name = RequestIdFilter.HEADER, schema = @Schema(type = "string")),
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @interface UnsupportedMediaType {
    }

    @ApiResponse(responseCode = "503", description = "articles-service is unavailable",
            headers = @Header(name = RequestIdFilter.HEADER, schema = @Schema(type = "string")),
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @interface ArticlesUnavailable {
    }

    @ApiResponse(responseCode = "503", description = "comments-service is unavailable",
            headers = @Header(name = RequestIdFilter.HEADER, schema = @Schema(type = "string")),
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @interface CommentsUnavailable {
    }

    @ApiResponse(responseCode = "504", description = "The service did not answer in time once the change was sent: it may still have been "
            + "made (reload before trying again); never answered when the change certainly was not made (that is a 503)",
            headers = @Header(name = RequestIdFilter.HEADER, schema = @Schema(type = "string")),
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @interface MayBeSaved {
    }

    @ApiResponse(responseCode = "503", description = "articles-service or comments-service is unavailable",
            headers = @Header(name = RequestIdFilter.HEADER, schema = @Schema(type = "string")),
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @interface ServicesUnavailable {
    }
}
