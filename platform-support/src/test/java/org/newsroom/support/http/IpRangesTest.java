package org.newsroom.support.http;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IpRangesTest {

    private static boolean contains(IpRanges ranges, String address) {
        return ranges.contains(IpRanges.literal(address));
    }

    @Test
    void entriesAreIpv4AndIpv6AddressesAndRanges() {
        IpRanges ranges = IpRanges.parse("TRUSTED_GATEWAYS", " 192.0.2.1 , 172.16.0.0/12,::1, fc00::/7,");

        assertThat(ranges.isEmpty()).isFalse();
        assertThat(contains(ranges, "192.0.2.1")).isTrue();
        assertThat(contains(ranges, "192.0.2.2")).isFalse();
        assertThat(contains(ranges, "172.31.255.254")).isTrue();
        assertThat(contains(ranges, "172.32.0.1")).isFalse();
        assertThat(contains(ranges, "0:0:0:0:0:0:0:1")).isTrue();
        assertThat(contains(ranges, "fd12:3456::1")).isTrue();
        assertThat(contains(ranges, "fe80::1")).as("link-local is not in fc00::/7").isFalse();
        assertThat(contains(ranges, "ff02::1")).as("multicast is not in fc00::/7").isFalse();
        assertThat(ranges.contains(null)).isFalse();
        assertThat(IpRanges.parse("TRUSTED_GATEWAYS", " , ").isEmpty()).isTrue();
    }

    @Test
    void aMalformedEntryStopsTheStartNamingTheVariableAndTheEntry() {
        for (String entry : new String[] {"10.0.0.0/33", "10.0.0.0/x", "10.0.0.0/", "gateway.example", "::1/129", "1.2.3", "10", "cafe"}) {
            assertThatThrownBy(() -> IpRanges.parse("TRUSTED_GATEWAYS", "127.0.0.1," + entry)).as(entry)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("TRUSTED_GATEWAYS: not an IP address or range: " + entry);
        }
    }

    @Test
    void onlyLiteralsAreAddresses() {
        assertThat(IpRanges.literal("203.0.113.9")).isNotNull();
        assertThat(IpRanges.literal("2001:db8::5")).isNotNull();
        for (String text : new String[] {"1.2.3", "1.2.3.4.5", "256.0.0.1", "cafe", "localhost", "fe80::1%eth0", " 1.2.3.4", ""}) {
            assertThat(IpRanges.literal(text)).as(text).isNull();
        }
        assertThat(IpRanges.literal(null)).isNull();
    }
}
