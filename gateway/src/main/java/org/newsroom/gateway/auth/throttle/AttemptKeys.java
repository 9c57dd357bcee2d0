package org.newsroom.gateway.auth.throttle;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.newsroom.support.security.PlatformSecret;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * The store's keys for "this account from this IP" and "this IP": HMAC-SHA256 under the platform's
 * shared secret, so every gateway instance computes the same key while the store holds neither
 * account names nor client IPs (a plain hash of an IPv4 address is undone by trying them all).
 */
@Singleton
class AttemptKeys {

    private static final String ALGORITHM = "HmacSHA256";
    private final SecretKeySpec key;

    AttemptKeys(@Nullable @Value("${jwt.secret:}") String configuredSecret, @Value("${data.dir:./data}") String dataDir) {
        String secret = PlatformSecret.resolve(configuredSecret, Path.of(dataDir));
        this.key = new SecretKeySpec(("login-throttle:" + secret).getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    String accountFromIp(String account, String ip) {
        return "account-ip:" + mac(account + '\u0000' + ip);
    }

    String ip(String ip) {
        return "ip:" + mac(ip);
    }

    private String mac(String text) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is part of every JDK", e);
        }
    }
}
