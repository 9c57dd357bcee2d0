package org.newsroom.support.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.nio.file.Path;

/**
 * Signs and verifies the platform's JWTs with the shared {@link PlatformSecret}, HS256 only: Micronaut's secret
 * signature would also take HS384 and HS512, which the platform never makes.
 */
@Factory
public class JwtSignatureFactory {

    @Singleton
    @Named("generator")
    SignatureGeneratorConfiguration platformSignature(@Nullable @Value("${jwt.secret:}") String configuredSecret,
                                                      @Value("${data.dir:./data}") String dataDir) {
        SecretSignatureConfiguration configuration = new SecretSignatureConfiguration("generator");
        configuration.setJwsAlgorithm(JWSAlgorithm.HS256);
        configuration.setSecret(PlatformSecret.resolve(configuredSecret, Path.of(dataDir)));
        return new SecretSignature(configuration) {
            @Override
            public boolean supports(JWSAlgorithm algorithm) {
                return JWSAlgorithm.HS256.equals(algorithm);
            }

            @Override
            public boolean verify(SignedJWT jwt) throws JOSEException {
                return supports(jwt.getHeader().getAlgorithm()) && super.verify(jwt);
            }
        };
    }
}
