package org.newsroom.gateway.auth;

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

/**
 * Checks a username and password against the bcrypt hashes on a bounded worker pool, never on an
 * event loop (bcrypt is slow on purpose). An unknown user costs as much as a wrong password, so the
 * answer's timing does not tell which usernames exist.
 */
@Singleton
public class PasswordAuthentication<B> implements HttpRequestReactiveAuthenticationProvider<B> {

    private static final int MAX_PASSWORD_CHARS = 1024;
    private final Accounts accounts;
    private final String unknownUserHash = Passwords.hash("no account has this password");

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
        if (username == null || password == null || password.length() > MAX_PASSWORD_CHARS) {
            return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        }
        var account = accounts.find(username);
        boolean matches = Passwords.matches(password, account.map(Account::passwordHash).orElse(unknownUserHash));
        return account.filter(found -> matches)
                .map(found -> AuthenticationResponse.success(found.username(), found.roles()))
                .orElseGet(() -> AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH));
    }
}
