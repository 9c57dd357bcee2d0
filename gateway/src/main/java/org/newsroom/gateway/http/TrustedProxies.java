package org.newsroom.gateway.http;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Who the client is: the connection's peer, or, when that peer is one of {@code TRUSTED_PROXIES}
 * (IPs or CIDR ranges), the right-most {@code X-Forwarded-For} entry that is not itself trusted (the
 * left-most when every entry is: a client inside the trusted network).
 */
@Singleton
public class TrustedProxies {

    private record Range(byte[] network, int prefix) {
        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int bits = address.length * 8;
            BigInteger mask = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE)
                    .shiftRight(prefix).xor(BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE));
            return new BigInteger(1, address).and(mask).equals(new BigInteger(1, network).and(mask));
        }
    }

    private final List<Range> ranges = new ArrayList<>();

    public TrustedProxies(@Value("${gateway.trusted-proxies:}") String trusted) {
        for (String entry : trusted.split(",")) {
            String value = entry.trim();
            if (value.isEmpty()) {
                continue;
            }
            String[] parts = value.split("/", 2);
            byte[] network = parse(parts[0]);
            int bits = network == null ? 0 : network.length * 8;
            int prefix = parts.length == 2 && parts[1].matches("\\d{1,3}") ? Integer.parseInt(parts[1]) : parts.length == 2 ? -1 : bits;
            if (network == null || prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException("TRUSTED_PROXIES: not an IP address or range: " + value);
            }
            ranges.add(new Range(network, prefix));
        }
    }

    public String clientIp(HttpRequest<?> request) {
        InetSocketAddress remote = request.getRemoteAddress();
        String peer = remote.getAddress() == null ? remote.getHostString() : remote.getAddress().getHostAddress();
        if (ranges.isEmpty() || !isTrusted(peer)) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        for (String header : request.getHeaders().getAll("X-Forwarded-For")) {
            hops.addAll(Arrays.stream(header.split(",")).map(String::trim).filter(hop -> !hop.isEmpty()).toList());
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (parse(hop) == null) {
                return peer;
            }
            if (!isTrusted(hop)) {
                return hop;
            }
        }
        return hops.isEmpty() ? peer : hops.get(0);
    }

    boolean isTrusted(String ip) {
        byte[] address = parse(ip);
        return address != null && ranges.stream().anyMatch(range -> range.contains(address));
    }

    /** Only literal addresses: never a DNS lookup for whatever a header says. */
    private static byte[] parse(String ip) {
        if (!ip.matches("[0-9a-fA-F:.]+")) {
            return null;
        }
        try {
            return InetAddress.getByName(ip).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
