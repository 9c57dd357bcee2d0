package org.newsroom.support.http;

import io.netty.util.NetUtil;

import java.util.Arrays;

/**
 * What a per-client limit counts as one client: an IPv4 address, or the /64 network an IPv6 address
 * is in. A home or a cloud server gets a whole IPv6 /64 and can use any of its 2^64 addresses, so
 * counting IPv6 addresses one by one would let one client through every limit.
 */
public final class ClientBlocks {

    private static final int IPV6_NETWORK_BYTES = 8;
    private static final byte[] IPV4_MAPPED_PREFIX = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff};

    private ClientBlocks() {
    }

    /** {@code 198.51.100.7} for an IPv4 address (IPv4-mapped IPv6 included), {@code 2001:db8:1:2::/64} for IPv6; anything else as given. */
    public static String of(String address) {
        byte[] bytes = NetUtil.createByteArrayFromIpAddressString(address);
        if (bytes == null) {
            return address;
        }
        if (bytes.length == 16 && Arrays.equals(bytes, 0, IPV4_MAPPED_PREFIX.length, IPV4_MAPPED_PREFIX, 0, IPV4_MAPPED_PREFIX.length)) {
            bytes = Arrays.copyOfRange(bytes, IPV4_MAPPED_PREFIX.length, 16);
        }
        if (bytes.length == 4) {
            return NetUtil.bytesToIpAddress(bytes);
        }
        Arrays.fill(bytes, IPV6_NETWORK_BYTES, bytes.length, (byte) 0);
        return NetUtil.bytesToIpAddress(bytes) + "/64";
    }
}
