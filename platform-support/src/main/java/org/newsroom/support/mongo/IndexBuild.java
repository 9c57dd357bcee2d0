package org.newsroom.support.mongo;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds empty indexes of a collection from its documents: one pass over the documents, each read
 * and decoded once for all the indexes, in batches; once a batch is read (no cursor open while the
 * indexes are written), each index in turn computes its entries for the batch and writes them in key
 * order. Building the indexes one by one, each entry written as its document was read, took far
 * longer: every document decoded twice per index, entries scattered over every index's pages
 * between the store's commits.
 */
final class IndexBuild {

    /** What a batch's documents may hold in the heap ({@link StoredValues#memory}), their entries about as much again. */
    static final int BATCH_MEMORY = 8 << 20;
    /** And how many documents at most, however small. */
    static final int DOCUMENTS_PER_BATCH = 5_000;

    /** Writes one index's entries for a batch of documents. */
    interface Loader {

        void load(List<Document> documents, List<Object> positions);
    }

    private IndexBuild() {
    }

    /** Any index: the documents added one by one. */
    static Loader oneByOne(Index<Object> index, MongoCollection<Object> collection) {
        return (documents, positions) -> {
            for (int i = 0; i < documents.size(); i++) {
                index.add(documents.get(i), positions.get(i), collection);
            }
        };
    }

    /** Reads every document once, in batches, each batch given to every loader in turn. */
    static void fromDocuments(MVMap<Object, Document> documents, List<Loader> loaders) {
        Object last = null;
        while (true) {
            Object from = last == null ? null : documents.higherKey(last);
            if (last != null && from == null) {
                return;
            }
            List<Document> batch = new ArrayList<>();
            List<Object> positions = new ArrayList<>();
            long memory = 0;
            Cursor<Object, Document> cursor = documents.cursor(from);
            while (memory < BATCH_MEMORY && batch.size() < DOCUMENTS_PER_BATCH && cursor.hasNext()) {
                last = cursor.next();
                Document document = cursor.getValue();
                batch.add(document);
                positions.add(last);
                memory += StoredValues.memory(document);
            }
            if (batch.isEmpty()) {
                return;
            }
            for (Loader loader : loaders) {
                loader.load(batch, positions);
            }
        }
    }
}
