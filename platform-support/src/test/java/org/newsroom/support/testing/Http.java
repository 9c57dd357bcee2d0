package org.newsroom.support.testing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Test-side HTTP calls to a service that return every status instead of throwing, and tokens to make them with. */
public final class Http {

    private final HttpClient client;
    private final JwtTokenGenerator tokens;

    public Http(HttpClient client, JwtTokenGenerator tokens) {
        this.client = client;
        this.tokens = tokens;
    }

    public record Reply(int status, String body, HttpResponse<?> response) {
        public String header(String name) {
            return response.getHeaders().get(name);
        }
    }

    public String token(String... roles) {
        return tokens.generateToken(Authentication.build("tester", List.of(roles)), 3600).orElseThrow();
    }

    /** A token like {@link #token}'s but naming {@code issuer} (a text, or any other JSON value) as its issuer, or none when it is null. */
    public String tokenIssuedBy(@Nullable Object issuer, String... roles) {
        return makeTokenIssuedBy(tokens, issuer, roles);
    }

    public static String makeTokenIssuedBy(JwtTokenGenerator tokens, @Nullable Object issuer, String... roles) {
        Map<String, Object> claims = new HashMap<>(Map.of("sub", "tester", "roles", List.of(roles),
                "exp", Instant.now().plusSeconds(3600).getEpochSecond()));
        if (issuer != null) {
            claims.put("iss", issuer);
        }
        return tokens.generateToken(claims).orElseThrow();
    }

    public Reply send(MutableHttpRequest<?> request) {
        try {
            HttpResponse<String> response = client.toBlocking().exchange(request, String.class);
            return new Reply(response.code(), response.getBody().orElse(""), response);
        } catch (HttpClientResponseException e) {
            return new Reply(e.getStatus().getCode(), e.getResponse().getBody(String.class).orElse(""), e.getResponse());
        }
    }

    public Reply get(String uri) {
        return send(HttpRequest.GET(uri));
    }

    public Reply get(String uri, String token) {
        return send(HttpRequest.GET(uri).bearerAuth(token));
    }
}
