package org.newsroom.comments;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.simple.SimpleHttpRequest;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClientInfoTest {

    private static HttpRequest<?> from(String peer, String clientIp) {
        var request = new SimpleHttpRequest<>(HttpMethod.POST, "/articles/a/comments", null) {
            @Override
            public InetSocketAddress getRemoteAddress() {
                return new InetSocketAddress(peer, 40000);
            }
        };
        request.header(ClientInfo.CLIENT_IP, clientIp);
        return request;
    }

    @Test
    void theDefaultBelievesLoopbackAndPrivateNetworksOnly() {
        ClientInfo clients = new ClientInfo("");

        for (String gateway : new String[] {"127.0.0.1", "::1", "10.1.2.3", "172.31.0.2", "192.168.1.1", "fd00::7"}) {
            assertThat(clients.ip(from(gateway, "203.0.113.9"))).as(gateway).isEqualTo("203.0.113.9");
        }
        for (String caller : new String[] {"198.51.100.1", "172.32.0.1", "2001:db8::1", "fe80::1"}) {
            assertThat(clients.ip(from(caller, "203.0.113.9"))).as(caller).isEqualTo(caller);
        }
    }

    @Test
    void aClientIpThatIsNotAnAddressIsIgnored() {
        ClientInfo clients = new ClientInfo("");

        for (String value : new String[] {"not-an-ip", "203.0.113.9, 10.0.0.1", "1.2.3", "", "x".repeat(600)}) {
            assertThat(clients.ip(from("10.0.0.5", value))).as(value).isEqualTo("10.0.0.5");
        }
    }

    @Test
    void oneAddressIsStoredInOneSpelling() {
        ClientInfo clients = new ClientInfo("");

        assertThat(clients.ip(from("10.0.0.5", "2001:DB8:0:0::5"))).isEqualTo("2001:db8::5");
        assertThat(clients.ip(from("10.0.0.5", "::ffff:203.0.113.9"))).isEqualTo("203.0.113.9");
        assertThat(clients.ip(from("0:0:0:0:0:0:0:1", "not-an-ip"))).isEqualTo("::1");
    }

    @Test
    void aMalformedEntryStopsTheStartNamingIt() {
        assertThatThrownBy(() -> ApplicationContext.builder().properties(Map.of(
                "comments.trusted-gateways", "10.0.0.0/8, gateway.internal",
                "jwt.secret", "comments-service-test-secret-0123456789abcdef")).start().close())
                .hasStackTraceContaining("TRUSTED_GATEWAYS: not an IP address or range: gateway.internal");
    }
}
