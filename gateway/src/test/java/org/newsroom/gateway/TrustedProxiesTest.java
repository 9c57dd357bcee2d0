package org.newsroom.gateway;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.simple.SimpleHttpRequest;
import org.junit.jupiter.api.Test;
import org.newsroom.gateway.http.TrustedProxies;

import java.net.InetSocketAddress;

import static org.assertj.core.api.Assertions.assertThat;

class TrustedProxiesTest {

    private static HttpRequest<?> from(String peer, String forwardedFor) {
        var request = new SimpleHttpRequest<>(io.micronaut.http.HttpMethod.GET, "/api/articles", null) {
            @Override
            public InetSocketAddress getRemoteAddress() {
                return new InetSocketAddress(peer, 40000);
            }
        };
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        return request;
    }

    @Test
    void untrustedPeerIsTheClientWhateverTheHeaderSays() {
        TrustedProxies proxies = new TrustedProxies("10.0.0.0/8");

        assertThat(proxies.clientIp(from("192.0.2.1", "203.0.113.5"))).isEqualTo("192.0.2.1");
    }

    @Test
    void trustedProxyChainYieldsTheRightMostUntrustedHop() {
        TrustedProxies proxies = new TrustedProxies("10.0.0.0/8, 192.168.1.1");

        assertThat(proxies.clientIp(from("10.0.0.7", "198.51.100.1, 203.0.113.5, 192.168.1.1"))).isEqualTo("203.0.113.5");
        assertThat(proxies.clientIp(from("10.0.0.7", null))).isEqualTo("10.0.0.7");
        assertThat(proxies.clientIp(from("10.0.0.7", "not-an-ip"))).isEqualTo("10.0.0.7");
    }

    @Test
    void ipv6RangesWork() {
        TrustedProxies proxies = new TrustedProxies("fd00::/8");

        assertThat(proxies.clientIp(from("fd00::1", "2001:db8::5"))).isEqualTo("2001:db8::5");
    }
}
