package org.newsroom.support.http;

import io.micronaut.core.annotation.Nullable;
import io.netty.util.NetUtil;

import java.math.BigInteger;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * The addresses a comma-separated setting names ({@code TRUSTED_PROXIES}, {@code TRUSTED_GATEWAYS}):
 * IPv4 and IPv6 addresses and CIDR ranges. An entry that is neither stops the start, naming the
 * variable and the entry. Netty's {@code IpSubnetFilterRule} is on the classpath, but (4.2.9) it
 * counts {@code fe80::1} inside {@code fc00::/7}: ranges are matched here.
 */
public final class IpRanges {

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

    private final List<Range> ranges;

    private IpRanges(List<Range> ranges) {
        this.ranges = ranges;
    }

    public static IpRanges parse(String variable, String setting) {
        List<Range> ranges = new ArrayList<>();
        for (String entry : setting.split(",")) {
            String value = entry.trim();
            if (value.isEmpty()) {
                continue;
            }
            String[] parts = value.split("/", 2);
            InetAddress network = literal(parts[0]);
            int bits = network == null ? 0 : network.getAddress().length * 8;
            int prefix = parts.length == 1 ? bits : parts[1].matches("\\d{1,3}") ? Integer.parseInt(parts[1]) : -1;
            if (network == null || prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException(variable + ": not an IP address or range: " + value);
            }
            ranges.add(new Range(network.getAddress(), prefix));
        }
        return new IpRanges(List.copyOf(ranges));
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    public boolean contains(@Nullable InetAddress address) {
        return address != null && ranges.stream().anyMatch(range -> range.contains(address.getAddress()));
    }

    /**
     * The address an IP literal names, or null for anything else ("1.2.3", a host name, a zone id):
     * never a DNS lookup for whatever a header or a setting says.
     */
    @Nullable
    public static InetAddress literal(@Nullable String text) {
        return text == null ? null : NetUtil.createInetAddressFromIpAddressString(text);
    }
}
