package org.newsroom.support.mongo;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

/**
 * An H2 collection that plans its queries over all its indexes: the longest equality prefix of a
 * {@link SecondaryIndex}, or a unique index whose every key the query fixes (even among other
 * conditions), narrows the candidates; the whole query is then matched against them as before.
 */
final class IndexedH2Collection extends H2Collection {

    private final LongAdder collectionScans = new LongAdder();
    private final LongAdder documentsExamined = new LongAdder();

    IndexedH2Collection(MongoDatabase database, String collectionName, CollectionOptions options,
                        MVMap<Object, Document> dataMap, MVMap<String, Object> metaMap, CursorRegistry cursorRegistry) {
        super(database, collectionName, options, dataMap, metaMap, cursorRegistry);
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
        Iterable<Object> candidates = candidates(QueryConditions.of(query));
        if (candidates == null) {
            return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }
        return matchDocuments(query, candidates, orderBy, numberToSkip, limit, batchSize, fieldSelector);
    }

    /** The documents matching a {@code $match} stage, found like a query's. */
    synchronized List<Document> matching(Document query) {
        List<Document> matched = new ArrayList<>();
        queryDocuments(query, null, 0, 0, 0, null).forEach(matched::add);
        return matched;
    }

    /** Positions of the documents the best index allows, or null when no index helps. */
    private Iterable<Object> candidates(QueryConditions conditions) {
        if (conditions.values().isEmpty()) {
            return null;
        }
        Index<Object> unique = uniqueIndexFixedBy(conditions);
        if (unique != null) {
            String field = unique.getKeys().get(0).getKey();
            Set<Object> positions = new LinkedHashSet<>();
            for (Object value : conditions.values().get(field)) {
                unique.getPositions(new Document(field, value)).forEach(positions::add);
            }
            return positions;
        }
        SecondaryIndex best = null;
        int bestPrefix = 0;
        for (Index<Object> index : getIndexes()) {
            if (index instanceof SecondaryIndex secondary) {
                int prefix = prefixLength(secondary, conditions.values());
                if (prefix > bestPrefix) {
                    best = secondary;
                    bestPrefix = prefix;
                }
            }
        }
        if (best == null) {
            return null;
        }
        return best.positions(prefixValues(best, bestPrefix, conditions.values()));
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
