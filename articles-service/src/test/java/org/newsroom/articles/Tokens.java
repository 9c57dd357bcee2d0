package org.newsroom.articles;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.time.Instant;
import java.util.Date;
import java.util.List;

/** Tokens signed by the test itself (HS256 unless said): good ones for a service in another process, and forged or expired ones. */
final class Tokens {

    /** The issuer every service expects (micronaut.security.token.jwt.claims-validators.issuer). */
    static final String ISSUER = "news-platform";
    /** The platform secret of the test configuration (application-test.yml), long enough for HS512 too. */
    static final String SECRET = "articles-service-test-secret-0123456789abcdef-long-enough-for-hs512";

    private Tokens() {
    }

    static String sign(String secret, Instant expiresAt, String... roles) {
        return issuedBy(ISSUER, secret, expiresAt, roles);
    }

    /** A token naming {@code issuer} as its issuer, or none when it is null. */
    static String issuedBy(String issuer, String secret, Instant expiresAt, String... roles) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject("tester")
                .claim("roles", List.of(roles))
                .issueTime(Date.from(Instant.now().minusSeconds(60)))
                .expirationTime(Date.from(expiresAt))
                .build();
        return signed(JWSAlgorithm.HS256, secret, claims);
    }

    /** A token of the right secret and role whose issuer is a JSON array holding the right one, not a string. */
    static String issuerInAnArray() {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().claim("iss", List.of(ISSUER)).subject("tester").claim("roles", List.of("EDITOR"))
                .expirationTime(Date.from(Instant.now().plusSeconds(3600))).build();
        return signed(JWSAlgorithm.HS256, SECRET, claims);
    }

    /** A token of the right secret and role but odd claims: no expiry, or valid only from {@code notBefore}. */
    static String unusual(boolean expires, Instant notBefore) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(ISSUER).subject("tester").claim("roles", List.of("EDITOR"))
                .notBeforeTime(Date.from(notBefore));
        if (expires) {
            claims.expirationTime(Date.from(Instant.now().plusSeconds(3600)));
        }
        return signed(JWSAlgorithm.HS256, SECRET, claims.build());
    }

    /** An EDITOR token signed with the platform's secret by HS512, which the platform never makes. */
    static String hs512Editor() {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(ISSUER).subject("tester").claim("roles", List.of("EDITOR"))
                .expirationTime(Date.from(Instant.now().plusSeconds(3600))).build();
        return signed(JWSAlgorithm.HS512, SECRET, claims);
    }

    private static String signed(JWSAlgorithm algorithm, String secret, JWTClaimsSet claims) {
        SignedJWT token = new SignedJWT(new JWSHeader(algorithm), claims);
        try {
            token.sign(new MACSigner(secret));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return token.serialize();
    }

    static String editor() {
        return sign(SECRET, Instant.now().plusSeconds(3600), "EDITOR");
    }
}
