package org.newsroom.gateway.auth;

import at.favre.lib.crypto.bcrypt.BCrypt;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestReactiveAuthenticationProvider;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.nio.charset.StandardCharsets;

/** Checks a username and password against the bcrypt hashes, off the event loop (bcrypt is slow on purpose). */
@Singleton
public class PasswordAuthentication<B> implements HttpRequestReactiveAuthenticationProvider<B> {

    private static final int MAX_PASSWORD_BYTES = 72;
    private final Accounts accounts;

    public PasswordAuthentication(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public @NonNull Publisher<AuthenticationResponse> authenticate(@Nullable HttpRequest<B> request,
                                                                   @NonNull AuthenticationRequest<String, String> credentials) {
        return Mono.fromCallable(() -> check(credentials.getIdentity(), credentials.getSecret()))
                .subscribeOn(Schedulers.boundedElastic());
    }

    private AuthenticationResponse check(@Nullable String username, @Nullable String password) {
        if (username == null || password == null || password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        }
        return accounts.find(username)
                .filter(account -> BCrypt.verifyer().verify(password.toCharArray(), account.passwordHash()).verified)
                .map(account -> AuthenticationResponse.success(account.username(), account.roles()))
                .orElseGet(() -> AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH));
    }
}
