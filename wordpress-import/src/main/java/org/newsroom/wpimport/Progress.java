package org.newsroom.wpimport;

import java.io.PrintStream;
import java.util.function.LongSupplier;

/** A line on stderr every {@code every} items or {@code intervalNanos}, whichever comes first, on long imports. */
final class Progress {

    private final PrintStream err;
    private final long totalItems;
    private final long totalComments;
    private final LongSupplier clock;
    private final long started;
    private final long intervalNanos;
    private long items;
    private long lastLine;

    Progress(PrintStream err, long totalItems, long totalComments, LongSupplier clock, long intervalNanos) {
        this.err = err;
        this.totalItems = totalItems;
        this.totalComments = totalComments;
        this.clock = clock;
        this.intervalNanos = intervalNanos;
        this.started = clock.getAsLong();
        this.lastLine = started;
    }

    void itemDone(long commentsSoFar) {
        items++;
        long now = clock.getAsLong();
        if (items % 100 == 0 || now - lastLine >= intervalNanos) {
            lastLine = now;
            double seconds = Math.max(1e-3, (now - started) / 1e9);
            err.printf("... %d/%d items, %d/%d comments (%.0f comments/s)%n", items, totalItems, commentsSoFar, totalComments,
                    commentsSoFar / seconds);
        }
    }

    double secondsSoFar() {
        return (clock.getAsLong() - started) / 1e9;
    }
}
