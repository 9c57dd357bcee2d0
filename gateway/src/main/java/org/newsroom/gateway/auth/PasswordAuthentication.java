package org.newsroom.gateway.auth;

import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestReactiveAuthenticationProvider;
import jakarta.inject.Singleton;
import org.newsroom.gateway.auth.throttle.Admission;
import org.newsroom.gateway.auth.throttle.LoginThrottle;
import org.newsroom.gateway.auth.throttle.LoginThrottled;
import org.newsroom.gateway.http.TrustedProxies;
import org.newsroom.support.http.RequestIdFilter;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Checks a username and password against the bcrypt hashes on a bounded worker pool, never on an
 * event loop (bcrypt is slow on purpose), once the {@link LoginThrottle} has let the attempt in. An
 * unknown user is checked against a dummy hash of the accounts' highest cost, so the answer's timing
 * does not tell which usernames exist.
 */
@Singleton
public class PasswordAuthentication<B> implements HttpRequestReactiveAuthenticationProvider<B> {

    private static final int MAX_PASSWORD_CHARS = 1024;
    private final Accounts accounts;
    private final PasswordCheck passwords;
    private final LoginThrottle throttle;
    private final TrustedProxies proxies;
    private final String unknownUserHash;

    public PasswordAuthentication(Accounts accounts, PasswordCheck passwords, LoginThrottle throttle, TrustedProxies proxies) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.throttle = throttle;
        this.proxies = proxies;
        this.unknownUserHash = Passwords.hash("no account has this password", accounts.highestCost());
    }

    @Override
    public @NonNull Publisher<AuthenticationResponse> authenticate(@Nullable HttpRequest<B> request,
                                                                   @NonNull AuthenticationRequest<String, String> credentials) {
        String username = credentials.getIdentity();
        String password = credentials.getSecret();
        if (username == null || password == null) {
            return Mono.just(AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH));
        }
        String ip = request == null ? "unknown" : proxies.clientIp(request);
        String requestId = request == null ? null : RequestIdFilter.of(request);
        return throttle.admit(username, ip, requestId).flatMap(admission -> admission.isThrottled()
                ? Mono.just(new LoginThrottled(admission.retryAfterSeconds()))
                : checked(username, password, admission, requestId));
    }

    private Mono<AuthenticationResponse> checked(String username, String password, Admission admission, @Nullable String requestId) {
        return Mono.fromCallable(() -> check(username, password))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(response -> throttle.settle(admission, response.isAuthenticated(), requestId).thenReturn(response));
    }

    private AuthenticationResponse check(String username, String password) {
        if (password.length() > MAX_PASSWORD_CHARS) {
            return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        }
        var account = accounts.find(username);
        boolean matches = passwords.matches(password, account.map(Account::passwordHash).orElse(unknownUserHash));
        return account.filter(found -> matches)
                .map(found -> AuthenticationResponse.success(found.username(), found.roles()))
                .orElseGet(() -> AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH));
    }
}
