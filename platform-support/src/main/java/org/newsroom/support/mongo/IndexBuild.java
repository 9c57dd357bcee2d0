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
 * and decoded once for every index, in batches; a batch's entries are written index by index in key
 * order, after its documents were read (no write while a cursor is open). Building the indexes one
 * by one, each entry written as its document was read, took minutes for 100,000 documents: every
 * document decoded twice per index, and entries scattered over every index's pages between the
 * store's commits.
 */
final class IndexBuild {

    /** Entries a batch may hold in the heap before they are written (a few MB). */
    static final int ENTRIES_PER_BATCH = 50_000;
    /** What a document kept whole for {@link #oneByOne} counts for, in entries: it weighs about as much. */
    private static final int DOCUMENT_WEIGHT = 20;

    /** Collects one index's entries for a batch of documents, then writes them. */
    interface Loader {

        /** @return how many entries the document gives */
        int add(Document document, Object position);

        void flush();
    }

    private IndexBuild() {
    }

    /** Any index: its documents kept until the batch is written, then added one by one. */
    static Loader oneByOne(Index<Object> index, MongoCollection<Object> collection) {
        return new Loader() {
            private final List<Document> documents = new ArrayList<>();
            private final List<Object> positions = new ArrayList<>();

            @Override
            public int add(Document document, Object position) {
                documents.add(document);
                positions.add(position);
                return DOCUMENT_WEIGHT;
            }

            @Override
            public void flush() {
                for (int i = 0; i < documents.size(); i++) {
                    index.add(documents.get(i), positions.get(i), collection);
                }
                documents.clear();
                positions.clear();
            }
        };
    }

    /** Reads every document once, in batches, giving each to every loader. */
    static void fromDocuments(MVMap<Object, Document> documents, List<Loader> loaders) {
        Object last = null;
        boolean more = true;
        while (more) {
            Object from = last == null ? null : documents.higherKey(last);
            if (last != null && from == null) {
                break;
            }
            long entries = 0;
            more = false;
            Cursor<Object, Document> cursor = documents.cursor(from);
            while (cursor.hasNext()) {
                last = cursor.next();
                Document document = cursor.getValue();
                for (Loader loader : loaders) {
                    entries += loader.add(document, last);
                }
                if (entries >= ENTRIES_PER_BATCH) {
                    more = true;
                    break;
                }
            }
            for (Loader loader : loaders) {
                loader.flush();
            }
        }
    }
}
