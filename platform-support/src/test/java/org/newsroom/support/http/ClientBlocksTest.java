package org.newsroom.support.http;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClientBlocksTest {

    @Test
    void anIpv4AddressCountsAsItself() {
        assertThat(ClientBlocks.of("198.51.100.7")).isEqualTo("198.51.100.7");
        assertThat(ClientBlocks.of("::ffff:198.51.100.7")).isEqualTo("198.51.100.7");
    }

    @Test
    void anIpv6AddressCountsAsTheSlash64ItIsIn() {
        assertThat(ClientBlocks.of("2001:db8:1:2::ab")).isEqualTo("2001:db8:1:2::/64");
        assertThat(ClientBlocks.of("2001:db8:1:2:ffff:ffff:ffff:ffff")).isEqualTo("2001:db8:1:2::/64");
        assertThat(ClientBlocks.of("2001:0DB8:0001:0002:0000:0000:0000:00AC")).isEqualTo("2001:db8:1:2::/64");
        assertThat(ClientBlocks.of("2001:db8:1:3::1")).isEqualTo("2001:db8:1:3::/64");
        assertThat(ClientBlocks.of("::1")).isEqualTo("::/64");
    }

    @Test
    void anythingElseCountsAsGiven() {
        assertThat(ClientBlocks.of("unknown")).isEqualTo("unknown");
    }
}
