package org.newsroom.comments;

import io.micronaut.context.annotation.Replaces;
import jakarta.inject.Singleton;
import org.newsroom.support.testing.SettableClock;

import java.time.Clock;

/** Test-only: the system clock, moved forward on demand so that flood windows run out without sleeping. */
@Singleton
@Replaces(Clock.class)
public class AdjustableClock extends SettableClock {

    public AdjustableClock() {
        super(Clock.systemUTC());
    }
}
