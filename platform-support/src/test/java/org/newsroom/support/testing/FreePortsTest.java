package org.newsroom.support.testing;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class FreePortsTest {

    @Test
    void aPortIsHandedOutOnceBelowTheEphemeralRange() {
        Set<Integer> ports = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            ports.add(FreePorts.next());
        }

        assertThat(ports).hasSize(2_000).allMatch(port -> port >= 20_000 && port < 32_000);
    }
}
