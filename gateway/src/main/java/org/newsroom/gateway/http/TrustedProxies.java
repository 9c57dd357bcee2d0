package org.newsroom.gateway.http;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import org.newsroom.support.http.IpRanges;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Who the client is: the connection's peer, or, when that peer is one of {@code TRUSTED_PROXIES}
 * (IPs or CIDR ranges), the right-most {@code X-Forwarded-For} entry that is not itself trusted (the
 * left-most when every entry is: a client inside the trusted network). An entry may carry a port, as some
 * proxies write it ({@code 198.51.100.6:4444}, {@code [2001:db8::9]:80}): the client is its address.
 */
@Singleton
public class TrustedProxies {

    private final IpRanges ranges;

    public TrustedProxies(@Value("${gateway.trusted-proxies:}") String trusted) {
        ranges = IpRanges.parse("TRUSTED_PROXIES", trusted);
    }

    public String clientIp(HttpRequest<?> request) {
        InetSocketAddress remote = request.getRemoteAddress();
        String peer = remote.getAddress() == null ? remote.getHostString() : remote.getAddress().getHostAddress();
        if (ranges.isEmpty() || !isTrusted(peer)) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        for (String header : request.getHeaders().getAll("X-Forwarded-For")) {
            hops.addAll(Arrays.stream(header.split(",")).map(String::trim).filter(hop -> !hop.isEmpty())
                    .map(TrustedProxies::withoutPort).toList());
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (IpRanges.literal(hop) == null) {
                return peer;
            }
            if (!isTrusted(hop)) {
                return hop;
            }
        }
        return hops.isEmpty() ? peer : hops.get(0);
    }

    private static String withoutPort(String hop) {
        if (hop.startsWith("[")) {
            int end = hop.indexOf(']');
            return end > 0 ? hop.substring(1, end) : hop;
        }
        int colon = hop.indexOf(':');
        return colon > 0 && colon == hop.lastIndexOf(':') ? hop.substring(0, colon) : hop;
    }

    boolean isTrusted(String ip) {
        return ranges.contains(IpRanges.literal(ip));
    }
}
