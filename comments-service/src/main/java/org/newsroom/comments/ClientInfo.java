package org.newsroom.comments;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.netty.util.NetUtil;
import org.newsroom.support.http.IpRanges;

import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * The reader's address and user agent. The gateway resolves them and sends them in headers, which
 * are believed only when the connection comes from {@code TRUSTED_GATEWAYS} (empty: loopback and
 * private networks, where compose, Kubernetes and ./run put the gateway). Anyone else who reaches the
 * service is known by the connection's address and their own User-Agent, whatever the headers say.
 * Created at start, so that a malformed entry stops it.
 */
@Context
class ClientInfo {

    static final String CLIENT_IP = "X-Client-IP";
    static final String CLIENT_USER_AGENT = "X-Client-User-Agent";
    static final String DEFAULT_GATEWAYS = "127.0.0.0/8,::1,10.0.0.0/8,172.16.0.0/12,192.168.0.0/16,fc00::/7";
    private static final int MAX_LENGTH = 512;

    private final IpRanges gateways;

    ClientInfo(@Value("${comments.trusted-gateways:}") String gateways) {
        IpRanges named = IpRanges.parse("TRUSTED_GATEWAYS", gateways);
        this.gateways = named.isEmpty() ? IpRanges.parse("TRUSTED_GATEWAYS", DEFAULT_GATEWAYS) : named;
    }

    /**
     * The gateway's {@code X-Client-IP} when the peer is a trusted gateway and the value is an IP
     * address, else the peer's; in one spelling per address (RFC 5952 for IPv6), so that the flood
     * guard counts {@code 2001:db8::5} and {@code 2001:DB8:0::5} as one client.
     */
    String ip(HttpRequest<?> request) {
        InetSocketAddress remote = request.getRemoteAddress();
        InetAddress peer = remote.getAddress();
        InetAddress forwarded = fromGateway(peer) ? IpRanges.literal(request.getHeaders().get(CLIENT_IP)) : null;
        InetAddress client = forwarded != null ? forwarded : peer;
        return client == null ? remote.getHostString() : NetUtil.toAddressString(client);
    }

    @Nullable
    String userAgent(HttpRequest<?> request) {
        String forwarded = fromGateway(request.getRemoteAddress().getAddress()) ? request.getHeaders().get(CLIENT_USER_AGENT) : null;
        return limit(forwarded != null ? forwarded : request.getHeaders().get(HttpHeaders.USER_AGENT));
    }

    private boolean fromGateway(@Nullable InetAddress peer) {
        return gateways.contains(peer);
    }

    @Nullable
    private static String limit(@Nullable String value) {
        return value == null || value.length() <= MAX_LENGTH ? value : value.substring(0, MAX_LENGTH);
    }
}
