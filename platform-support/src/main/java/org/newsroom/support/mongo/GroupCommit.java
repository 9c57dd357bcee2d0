package org.newsroom.support.mongo;

import org.h2.mvstore.MVStore;

import java.util.function.LongSupplier;

/**
 * Commits the writes of concurrent commands together. A command's write is in the file once a
 * commit that started after it has ended; a command that finds such a commit done when its turn
 * comes returns without one, and otherwise commits everything written so far, for every command
 * that wrote meanwhile. Writes that arrive while a commit is in progress thus share the next one.
 */
final class GroupCommit {

    private final MVStore store;
    /** The store's commit: the version it opened, every earlier one being in the file (negative when it did not run). */
    private final LongSupplier commit;
    /** Versions below this are in the file. */
    private long storedBelow;

    GroupCommit(MVStore store) {
        this(store, store::commit);
    }

    GroupCommit(MVStore store, LongSupplier commit) {
        this.store = store;
        this.commit = commit;
    }

    /** After a write of this thread: returns once that write is committed to the file. */
    void afterWrite() {
        long written = store.getCurrentVersion();
        synchronized (this) {
            if (written < storedBelow) {
                return;
            }
            storedBelow = Math.max(storedBelow, commit.getAsLong());
        }
    }
}
