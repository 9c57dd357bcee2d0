package org.newsroom.acceptance;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** For claims that hold "eventually": asks again until the condition holds or a generous deadline passes. */
final class Poll {

    private Poll() {
    }

    /** Whether {@code condition} held before {@code limit} ran out; it is asked at least once. */
    static boolean until(Duration limit, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(limit);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                return false;
            }
            ServiceProcess.sleep(100);
        }
        return true;
    }
}
