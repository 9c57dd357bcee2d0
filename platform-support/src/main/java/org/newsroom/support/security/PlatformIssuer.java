package org.newsroom.support.security;

import com.nimbusds.jwt.JWTClaimsSet;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.ApplicationConfiguration;
import io.micronaut.security.token.claims.ClaimsAudienceProvider;
import io.micronaut.security.token.claims.JtiGenerator;
import io.micronaut.security.token.config.TokenConfiguration;
import io.micronaut.security.token.jwt.generator.claims.JWTClaimsSetGenerator;
import io.micronaut.security.token.jwt.validator.IssuerJwtClaimsValidator;
import io.micronaut.security.token.jwt.validator.JwtClaimsValidatorConfiguration;
import jakarta.inject.Singleton;

/**
 * The platform's tokens name as their issuer ({@code iss}) the one every service's claims validators expect
 * ({@code micronaut.security.token.jwt.claims-validators.issuer}), whichever service made them: Micronaut would
 * put the application's own name.
 */
@Singleton
@Replaces(JWTClaimsSetGenerator.class)
@Requires(property = IssuerJwtClaimsValidator.ISSUER_PROP)
public class PlatformIssuer extends JWTClaimsSetGenerator {

    private final String issuer;

    public PlatformIssuer(TokenConfiguration tokenConfiguration, @Nullable JtiGenerator jtiGenerator,
                          @Nullable ClaimsAudienceProvider claimsAudienceProvider,
                          @Nullable ApplicationConfiguration applicationConfiguration, JwtClaimsValidatorConfiguration validators) {
        super(tokenConfiguration, jtiGenerator, claimsAudienceProvider, applicationConfiguration);
        this.issuer = validators.getIssuer();
    }

    @Override
    protected void populateIss(JWTClaimsSet.Builder builder) {
        builder.issuer(issuer);
    }
}
