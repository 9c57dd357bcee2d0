package org.newsroom.comments;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Test-only (with {@code test.pausing=true}): the renderer, which an author's edit calls after its
 * checks and before its write, running a step there once (and waiting for it to end).
 */
@Singleton
@Replaces(ContentRenderer.class)
@Requires(property = "test.pausing", value = "true")
public class PausingRenderer extends ContentRenderer {

    private final AtomicReference<Runnable> next = new AtomicReference<>();

    /** {@code step} runs between the next edit's checks and its write. */
    public void beforeNextRendering(Runnable step) {
        next.set(step);
    }

    @Override
    public String toSafeHtml(String text) {
        Runnable step = next.getAndSet(null);
        if (step != null) {
            step.run();
        }
        return super.toSafeHtml(text);
    }
}
