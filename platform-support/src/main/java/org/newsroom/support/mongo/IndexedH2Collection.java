package org.newsroom.support.mongo;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.IndexBuildFailedException;
import de.bwaldvogel.mongo.exception.MongoServerError;
import org.h2.mvstore.MVMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;

/**
 * An H2 collection that plans its queries over all its indexes: the longest equality prefix of a
 * {@link SecondaryIndex}, or a unique index whose every key the query fixes (even among other
 * conditions), narrows the candidates; the whole query is then matched against them as before.
 */
final class IndexedH2Collection extends H2Collection {

    private static final Logger LOG = LoggerFactory.getLogger(IndexedH2Collection.class);

    private final LongAdder collectionScans = new LongAdder();
    private final LongAdder documentsExamined = new LongAdder();
    private final MVMap<Object, Document> documents;
    /** Empty indexes added while the database opens: built together by {@link #buildDeferredIndexes()}. */
    private List<Index<Object>> deferredIndexes;

    /**
     * @param opening whether the database is opening: then the indexes it adds are built from the
     *                documents together, once it has opened ({@link #buildDeferredIndexes()})
     */
    IndexedH2Collection(MongoDatabase database, String collectionName, CollectionOptions options,
                        MVMap<Object, Document> dataMap, MVMap<String, Object> metaMap, CursorRegistry cursorRegistry,
                        boolean opening) {
        super(database, collectionName, options, dataMap, metaMap, cursorRegistry);
        this.documents = dataMap;
        this.deferredIndexes = opening ? new ArrayList<>() : null;
    }

    /**
     * An empty index of a collection that has documents is built from them in one pass
     * ({@link IndexBuild}); while the database opens, only once every index of the collection is
     * known. A build that fails (a duplicate key) leaves no index behind.
     */
    @Override
    public synchronized void addIndex(Index<Object> index) {
        boolean named = getIndexes().stream().anyMatch(existing -> existing.getName().equals(index.getName()));
        if (named || !index.isEmpty() || isEmpty()) {
            super.addIndex(index);
        } else if (deferredIndexes != null) {
            deferredIndexes.add(index);
            getIndexes().add(index);
        } else {
            build(List.of(index));
            getIndexes().add(index);
        }
    }

    /** Builds the indexes added while the database opened, in one pass over the documents. */
    synchronized void buildDeferredIndexes() {
        List<Index<Object>> indexes = deferredIndexes;
        deferredIndexes = null;
        if (indexes != null && !indexes.isEmpty()) {
            try {
                build(indexes);
            } catch (RuntimeException e) {
                getIndexes().removeAll(indexes);
                throw e;
            }
        }
    }

    private void build(List<Index<Object>> indexes) {
        long start = System.nanoTime();
        List<IndexBuild.Loader> loaders = new ArrayList<>();
        for (Index<Object> index : indexes) {
            loaders.add(loaderOf(index));
        }
        try {
            IndexBuild.fromDocuments(documents, loaders);
            LOG.info("Built {} index(es) of {} from its {} documents in {} ms", indexes.size(), getFullName(), count(),
                    (System.nanoTime() - start) / 1_000_000);
        } catch (MongoServerError e) {
            indexes.forEach(Index::drop);
            throw new IndexBuildFailedException(e, this);
        }
    }

    private IndexBuild.Loader loaderOf(Index<Object> index) {
        if (index instanceof SecondaryIndex secondary) {
            return secondary.loader();
        }
        if (index instanceof CompactUniqueIndex unique) {
            return unique.loader(this);
        }
        return IndexBuild.oneByOne(index, this);
    }

    /** What reads have cost so far: proof of index use for tests and benchmarks. */
    ReadCost readCost() {
        return new ReadCost(collectionScans.sum(), documentsExamined.sum());
    }

    @Override
    protected Document getDocument(Object position) {
        documentsExamined.increment();
        return super.getDocument(position);
    }

    /** Reads every document. */
    @Override
    protected QueryResult matchDocuments(Document query, Document orderBy, int numberToSkip, int limit, int batchSize,
                                         Document fieldSelector) {
        collectionScans.increment();
        documentsExamined.add(count());
        return super.matchDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
    }

    @Override
    protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit, int batchSize,
                                         Document fieldSelector) {
        for (Index<Object> index : getIndexes()) {
            if (index.canHandle(query)) {
                return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
            }
        }
        QueryConditions conditions = QueryConditions.of(query);
        Index<Object> unique = uniqueIndexFixedBy(conditions);
        if (unique != null) {
            return matchDocuments(query, uniquePositions(unique, conditions), orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }
        IndexRange range = bestRange(conditions, orderBy);
        if (range == null) {
            return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }
        List<Object> positions = new ArrayList<>(range.index().positions(range.prefixValues()));
        if (!range.inSortOrder()) {
            return matchDocuments(query, positions, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }
        if (range.descending()) {
            Collections.reverse(positions);
        }
        Stream<Document> inOrder = positions.stream().map(this::getDocument);
        return matchDocumentsFromStream(query, inOrder, numberToSkip, limit, batchSize, null, fieldSelector);
    }

    /** The documents matching a {@code $match} stage, found like a query's. */
    synchronized List<Document> matching(Document query) {
        List<Document> matched = new ArrayList<>();
        queryDocuments(query, null, 0, 0, 0, null).forEach(matched::add);
        return matched;
    }

    /**
     * The range of a secondary index to read: the one fixing the most leading fields, and among
     * those one whose next fields give the requested order (then no sort is needed, and a limit
     * stops reading early). Null when no index fixes a field.
     */
    private IndexRange bestRange(QueryConditions conditions, Document orderBy) {
        IndexRange best = null;
        for (Index<Object> index : getIndexes()) {
            if (index instanceof SecondaryIndex secondary) {
                int prefix = prefixLength(secondary, conditions.values());
                if (prefix == 0) {
                    continue;
                }
                IndexRange range = new IndexRange(secondary, prefixValues(secondary, prefix, conditions.values()),
                        SortOrder.of(secondary, prefix, orderBy));
                if (best == null || range.betterThan(best)) {
                    best = range;
                }
            }
        }
        return best;
    }

    private static Set<Object> uniquePositions(Index<Object> unique, QueryConditions conditions) {
        String field = unique.getKeys().get(0).getKey();
        Set<Object> positions = new LinkedHashSet<>();
        for (Object value : conditions.values().get(field)) {
            unique.getPositions(new Document(field, value)).forEach(positions::add);
        }
        return positions;
    }

    private Index<Object> uniqueIndexFixedBy(QueryConditions conditions) {
        for (Index<Object> index : getIndexes()) {
            if (index.isUnique() && index.getKeys().size() == 1 && conditions.values().containsKey(index.getKeys().get(0).getKey())) {
                return index;
            }
        }
        return null;
    }

    /** How many leading fields of the index the query fixes. */
    static int prefixLength(SecondaryIndex index, Map<String, List<Object>> values) {
        int prefix = 0;
        for (String field : index.fields()) {
            if (!values.containsKey(field)) {
                break;
            }
            prefix++;
        }
        return prefix;
    }

    static List<List<Object>> prefixValues(SecondaryIndex index, int prefix, Map<String, List<Object>> values) {
        return index.fields().subList(0, prefix).stream().map(values::get).toList();
    }
}
