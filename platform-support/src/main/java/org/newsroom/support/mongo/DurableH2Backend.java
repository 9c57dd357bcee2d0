package org.newsroom.support.mongo;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;

import java.util.Set;
import java.util.function.Supplier;

/**
 * mongo-java-server's H2 backend, made to behave like a MongoDB the driver can use with sessions,
 * durable (every acknowledged write is committed to the store file before the reply goes out, concurrent
 * writes in one commit: {@link GroupCommit}), with documents stored compactly ({@link CompactMaps}), and
 * with its non-unique indexes used ({@link IndexedH2Database}) instead of ignored.
 */
final class DurableH2Backend extends H2Backend {

    private static final Set<String> HANDSHAKES = Set.of("hello", "ismaster");
    private static final Set<String> WRITES = Set.of(
            "insert", "update", "delete", "findandmodify", "createindexes", "dropindexes", "drop", "dropdatabase");
    private static final int SESSION_TIMEOUT_MINUTES = 30;
    /** One pause at a time, so that each restores the delay it found. */
    private static final Object MAINTENANCE_PAUSE = new Object();

    private final GroupCommit commits;

    private DurableH2Backend(MVStore store) {
        super(store);
        commits = new GroupCommit(store);
    }

    static DurableH2Backend open(MVStore store) {
        if (store.getFileStore() == null) {
            return new DurableH2Backend(store);
        }
        CrashRecovery.open(store);
        return withoutBackgroundMaintenance(store, () -> new DurableH2Backend(store));
    }

    /**
     * Building an index iterates over every document while writing index pages; the store's
     * background compaction could meanwhile move the pages the iteration still has to read
     * ("Chunk N not found"), so it pauses while indexes are built.
     */
    private static <T> T withoutBackgroundMaintenance(MVStore store, Supplier<T> work) {
        synchronized (MAINTENANCE_PAUSE) {
            int delay = store.getAutoCommitDelay();
            store.setAutoCommitDelay(0);
            try {
                return work.get();
            } finally {
                store.setAutoCommitDelay(delay);
            }
        }
    }

    @Override
    public void close() {
        if (!isInMemory()) {
            CrashRecovery.closing(getMvStore());
        }
        super.close();
    }

    /** Called by the parent's constructor too, for the databases already in the store. */
    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return IndexedH2Database.open(databaseName, getMvStore(), getCursorRegistry());
    }

    ReadCost readCost(String database, String collection) {
        return resolveDatabase(database).resolveCollection(collection, false) instanceof IndexedH2Collection indexed
                ? indexed.readCost() : new ReadCost(0, 0);
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        String name = command.toLowerCase();
        Document reply = name.equals("createindexes") && !isInMemory()
                ? withoutBackgroundMaintenance(getMvStore(), () -> super.handleCommand(channel, databaseName, command, query))
                : super.handleCommand(channel, databaseName, command, query);
        if (HANDSHAKES.contains(name)) {
            reply.put("logicalSessionTimeoutMinutes", SESSION_TIMEOUT_MINUTES);
        } else if (WRITES.contains(name) && !isInMemory()) {
            commits.afterWrite();
        }
        return reply;
    }
}
