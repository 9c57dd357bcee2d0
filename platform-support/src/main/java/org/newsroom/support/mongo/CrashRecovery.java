package org.newsroom.support.mongo;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * Index entries are kept in the store file beside the documents, but the store may commit in the
 * background between a document and its index entries; after a crash (no clean close) every
 * index is dropped before the databases open, and rebuilt from the documents that survived.
 */
final class CrashRecovery {

    private static final Logger LOG = LoggerFactory.getLogger(CrashRecovery.class);
    /** A name no database's maps can start with ({@code $} is not allowed in database names). */
    private static final String STATE = "$newsroom.state";
    private static final String CLOSED_CLEANLY = "closedCleanly";
    private static final String INDEX_MAP = "._index_";

    private CrashRecovery() {
    }

    /** Before the databases open: drops the index maps of a store that was not closed cleanly, marks it open. */
    static void open(MVStore store) {
        MVMap<String, Boolean> state = store.openMap(STATE);
        boolean hasData = store.getMapNames().stream().anyMatch(name -> name.startsWith("databases."));
        if (hasData && !state.getOrDefault(CLOSED_CLEANLY, false)) {
            List<String> indexes = store.getMapNames().stream().filter(name -> name.contains(INDEX_MAP)).toList();
            LOG.warn("The embedded store was not closed cleanly: rebuilding its {} index maps from the documents", indexes.size());
            indexes.forEach(store::removeMap);
        }
        state.put(CLOSED_CLEANLY, false);
        store.commit();
    }

    /** Just before the store closes. */
    static void closing(MVStore store) {
        store.<String, Boolean>openMap(STATE).put(CLOSED_CLEANLY, true);
    }
}
