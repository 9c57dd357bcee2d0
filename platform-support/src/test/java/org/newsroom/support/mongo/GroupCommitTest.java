package org.newsroom.support.mongo;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Concurrent writes share a commit, and each returns only once its own write is in the file. */
class GroupCommitTest {

    private static final long PATIENCE_SECONDS = 60;

    @TempDir
    Path dataDir;

    @Test
    void writesThatArriveWhileACommitIsUnderWayShareTheNextOneAndAreAllInTheFile() throws Exception {
        MVStore store = EmbeddedMongo.openFile(dataDir, 1);
        MVMap<String, String> map = store.openMap("writes");
        CountDownLatch firstCommitStarted = new CountDownLatch(1);
        CountDownLatch letFirstCommitRun = new CountDownLatch(1);
        AtomicInteger commits = new AtomicInteger();
        GroupCommit group = new GroupCommit(store, () -> {
            if (commits.incrementAndGet() == 1) {
                firstCommitStarted.countDown();
                awaitQuietly(letFirstCommitRun);
            }
            return store.commit();
        });

        Thread first = writer(map, group, "first");
        first.start();
        assertTrue(firstCommitStarted.await(PATIENCE_SECONDS, TimeUnit.SECONDS));
        List<Thread> meanwhile = List.of(writer(map, group, "second"), writer(map, group, "third"));
        meanwhile.forEach(Thread::start);
        for (Thread writer : meanwhile) {
            awaitWaitingForTheCommit(writer);
        }
        letFirstCommitRun.countDown();
        first.join(TimeUnit.SECONDS.toMillis(PATIENCE_SECONDS));
        for (Thread writer : meanwhile) {
            writer.join(TimeUnit.SECONDS.toMillis(PATIENCE_SECONDS));
        }

        assertEquals(1, commits.get(), "three writes, one commit");
        store.closeImmediately(); // as a kill would: nothing more is written
        assertEquals(Map.of("first", "1", "second", "1", "third", "1"), readBack());
    }

    @Test
    void aWriteMadeAfterACommitStartedIsCommittedAgain() {
        MVStore store = EmbeddedMongo.openFile(dataDir, 1);
        MVMap<String, String> map = store.openMap("writes");
        AtomicInteger commits = new AtomicInteger();
        GroupCommit group = new GroupCommit(store, () -> {
            commits.incrementAndGet();
            return store.commit();
        });

        map.put("first", "1");
        group.afterWrite();
        map.put("second", "1");
        group.afterWrite();

        assertEquals(2, commits.get());
        store.closeImmediately();
        assertEquals(Map.of("first", "1", "second", "1"), readBack());
    }

    private static Thread writer(MVMap<String, String> map, GroupCommit group, String key) {
        return new Thread(() -> {
            map.put(key, "1");
            group.afterWrite();
        }, "writer-" + key);
    }

    /** Polls the thread's state: no timing decides the outcome, only how long a stuck test waits. */
    private static void awaitWaitingForTheCommit(Thread writer) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
        while (writer.getState() != Thread.State.BLOCKED) {
            assertTrue(System.nanoTime() < deadline, writer.getName() + " never waited for the commit under way");
            Thread.sleep(5);
        }
    }

    private Map<String, String> readBack() {
        MVStore reopened = EmbeddedMongo.openFile(dataDir, 1);
        try {
            return Map.copyOf(reopened.<String, String>openMap("writes"));
        } finally {
            reopened.close();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(PATIENCE_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
