package org.newsroom.support.mongo;

import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;

/**
 * The maps whose entries are stored compactly ({@link StoredValueType}, {@link KeyValueType}): named
 * as mongo-java-server's H2 backend names its Java-serialized ones, plus a suffix. A store written
 * before (by that backend, or by this one before the suffix) is moved over when it opens: the
 * documents are copied, then the old map is removed; a crash in between leaves the old map, and the
 * copy starts over. Unique indexes are rebuilt from the documents instead of copied.
 */
final class CompactMaps {

    /** H2Backend finds a store's databases by this prefix, {@link CrashRecovery} its data. */
    static final String DOCUMENTS = "databases.";
    static final String META = "meta.";
    /** {@code $} cannot appear in a collection's name: no old map ends with it. */
    private static final String COMPACT = "$compact";
    private static final String INDEX = "._index_";
    /** Documents copied between two commits: the copy's dirty pages stay in the heap until a commit. */
    private static final int COPIED_PER_COMMIT = 2_000;
    private static final Logger LOG = LoggerFactory.getLogger(CompactMaps.class);

    private CompactMaps() {
    }

    static String documentsName(String namespace) {
        return DOCUMENTS + namespace + COMPACT;
    }

    static MVMap<Object, Document> openDocuments(MVStore store, String namespace) {
        MVMap<Object, Document> documents = store.openMap(documentsName(namespace), documentsMap());
        String oldName = DOCUMENTS + namespace;
        if (store.hasMap(oldName)) {
            copyThenRemove(store, store.openMap(oldName), documents);
        }
        return documents;
    }

    private static MVMap.BasicBuilder<MVMap<Object, Document>, Object, Document> documentsMap() {
        return new MVMap.Builder<Object, Document>().keyType(StoredValueType.INSTANCE).valueType(StoredValueType.INSTANCE);
    }

    private static void copyThenRemove(MVStore store, MVMap<Object, Document> old, MVMap<Object, Document> documents) {
        LOG.info("Moving the {} documents of {} to the compact store format", old.sizeAsLong(), old.getName());
        documents.clear();
        long copied = 0;
        for (Map.Entry<Object, Document> entry : old.entrySet()) {
            documents.put(entry.getKey(), entry.getValue());
            if (++copied % COPIED_PER_COMMIT == 0) {
                store.commit();
            }
        }
        store.removeMap(old);
        store.commit();
    }

    /** Empty when the store held the index in the old format: its collection then rebuilds it from the documents. */
    static CompactUniqueIndex openUniqueIndex(MVStore store, String namespace, String indexName, List<IndexKey> keys,
                                              boolean sparse) {
        String oldName = namespace + INDEX + indexName;
        CompactUniqueIndex index = new CompactUniqueIndex(store, oldName + COMPACT, indexName, keys, sparse);
        if (store.hasMap(oldName)) {
            LOG.info("Rebuilding the unique index {} in the compact store format", oldName);
            index.clear();
            store.removeMap(oldName);
        }
        return index;
    }

    /** After mongo-java-server's H2 database moved a collection: it moves the old names' maps only, and not quite. */
    static void renameCollection(MVStore store, String oldNamespace, String newNamespace) {
        store.removeMap(DOCUMENTS + newNamespace);
        store.removeMap(META + newNamespace);
        store.renameMap(store.openMap(documentsName(oldNamespace), documentsMap()), documentsName(newNamespace));
        store.renameMap(store.openMap(META + oldNamespace), META + newNamespace);
    }
}
