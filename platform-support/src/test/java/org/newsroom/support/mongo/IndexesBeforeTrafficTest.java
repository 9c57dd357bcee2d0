package org.newsroom.support.mongo;

import io.micronaut.context.BeanContext;
import io.micronaut.context.event.StartupEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class IndexesBeforeTrafficTest {

    private static final StartupEvent STARTED = new StartupEvent(BeanContext.build());

    @Test
    void everyIndexSetIsCreatedSideBySideNotOneAfterTheOther() {
        Sinks.Empty<Void> secondStarted = Sinks.empty();
        AtomicInteger created = new AtomicInteger();
        RequiredIndexes waitsForTheSecond = () -> secondStarted.asMono().doOnSuccess(done -> created.incrementAndGet());
        RequiredIndexes second = () -> Mono.fromRunnable(() -> {
            created.incrementAndGet();
            secondStarted.tryEmitEmpty();
        });

        new IndexesBeforeTraffic(List.of(waitsForTheSecond, second)).onApplicationEvent(STARTED);

        assertThat(created).hasValue(2);
    }

    @Test
    void theStartFailsWhenAnIndexCannotBeCreated() {
        RequiredIndexes fine = Mono::empty;
        RequiredIndexes conflicting = () -> Mono.error(new IllegalStateException("index options conflict"));

        assertThatThrownBy(() -> new IndexesBeforeTraffic(List.of(fine, conflicting)).onApplicationEvent(STARTED))
                .hasMessageContaining("index options conflict");
    }

    @Test
    void theStartWaitsUntilEveryIndexExists() {
        AtomicInteger created = new AtomicInteger();
        RequiredIndexes slow = () -> Mono.delay(Duration.ofMillis(200)).doOnNext(tick -> created.incrementAndGet());

        new IndexesBeforeTraffic(List.of(slow, slow)).onApplicationEvent(STARTED);

        assertThat(created).hasValue(2);
    }
}
