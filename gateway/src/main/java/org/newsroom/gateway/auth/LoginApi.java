package org.newsroom.gateway.auth;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.token.render.BearerAccessRefreshToken;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.newsroom.gateway.OpenApi;
import org.newsroom.support.http.Problem;
import org.newsroom.support.http.RequestIdFilter;

/**
 * {@code POST /api/login} as the OpenAPI document describes it. The endpoint itself is
 * micronaut-security's {@code LoginController} (path {@code micronaut.security.endpoints.login.path}),
 * answered by {@link PasswordAuthentication} and {@link org.newsroom.gateway.auth.throttle.ThrottledLoginHandler};
 * nothing implements this interface, so it adds no route or bean, only the document's entry.
 */
@Controller("/api/login")
@Tag(name = "Auth")
public interface LoginApi {

    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sign in with a username and password for a bearer token",
            description = "Failed sign-ins are throttled per account and client IP, and per client IP across accounts.")
    @OpenApi.RequestIdHeader
    @ApiResponse(responseCode = "200", description = "Signed in: a bearer token for Authorization, its lifetime, and the account's roles",
            headers = @Header(name = RequestIdFilter.HEADER, schema = @Schema(type = "string")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BearerAccessRefreshToken.class)))
    @ApiResponse(responseCode = "400", description = "A field is missing, empty or not a string, or the body is not a JSON object",
            headers = @Header(name = RequestIdFilter.HEADER, schema = @Schema(type = "string")),
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "Wrong username or password",
            headers = @Header(name = RequestIdFilter.HEADER, schema = @Schema(type = "string")),
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @OpenApi.BodyTooLarge
    @OpenApi.UnsupportedMediaType
    @ApiResponse(responseCode = "429", description = "Too many failed sign-ins (LOGIN_MAX_FAILURES for the account from this client IP, "
            + "LOGIN_MAX_FAILURES_PER_IP from this IP) within LOGIN_WINDOW_SECONDS, or too many requests from this client IP",
            headers = {@Header(name = "Retry-After", description = "Whole seconds until the window ends, rounded up",
                    schema = @Schema(type = "integer")),
                    @Header(name = RequestIdFilter.HEADER, schema = @Schema(type = "string"))},
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    HttpResponse<BearerAccessRefreshToken> login(@Body Credentials credentials);

    /** A username and password; both must be non-empty strings. */
    @Schema(name = "Credentials")
    record Credentials(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, minLength = 1) String username,
                       @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minLength = 1) String password) {
    }
}
