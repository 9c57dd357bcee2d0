package org.newsroom.gateway;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.simple.SimpleHttpRequest;
import org.junit.jupiter.api.Test;
import org.newsroom.gateway.http.TrustedProxies;

import java.net.InetSocketAddress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
        assertThat(proxies.clientIp(from("10.0.0.7", "evil.example, 203.0.113.5"))).isEqualTo("203.0.113.5");
        assertThat(proxies.clientIp(from("10.0.0.7", "10.9.9.9, 192.168.1.1"))).as("a client inside the trusted network")
                .isEqualTo("10.9.9.9");
    }

    @Test
    void anEntryWithAPortIsItsAddress() {
        TrustedProxies proxies = new TrustedProxies("10.0.0.0/8, fd00::/8");

        assertThat(proxies.clientIp(from("10.0.0.7", "198.51.100.6:4444"))).isEqualTo("198.51.100.6");
        assertThat(proxies.clientIp(from("10.0.0.7", "[2001:db8::9]:80"))).isEqualTo("2001:db8::9");
        assertThat(proxies.clientIp(from("10.0.0.7", "[2001:db8::9]"))).isEqualTo("2001:db8::9");
        assertThat(proxies.clientIp(from("10.0.0.7", "203.0.113.5:1, [fd00::2]:8080"))).as("a trusted hop with a port")
                .isEqualTo("203.0.113.5");
        assertThat(proxies.clientIp(from("10.0.0.7", "198.51.100.6:x:y"))).as("not an address").isEqualTo("10.0.0.7");
    }

    @Test
    void aMalformedSettingStopsTheStart() {
        for (String setting : new String[] {"10.0.0.0/33", "10.0.0.0/x", "proxy.example", "::1/129"}) {
            assertThatThrownBy(() -> new TrustedProxies(setting)).as(setting)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("TRUSTED_PROXIES");
        }
        assertThat(new TrustedProxies(" 10.0.0.0/8 , ").clientIp(from("10.1.1.1", "203.0.113.5"))).isEqualTo("203.0.113.5");
    }

    @Test
    void ipv6RangesWork() {
        TrustedProxies proxies = new TrustedProxies("fd00::/8");

        assertThat(proxies.clientIp(from("fd00::1", "2001:db8::5"))).isEqualTo("2001:db8::5");
    }
}
