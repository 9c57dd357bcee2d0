package org.newsroom.support.mongo;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.DatabaseResolver;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.aggregation.Aggregation;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import de.bwaldvogel.mongo.oplog.Oplog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Aggregations that begin with {@code $match}: the stock server feeds every document of the
 * collection to the pipeline; here the match is answered like a query, through the indexes. A
 * {@code $match} an index answers exactly, followed by a {@code $group} that only counts (by a
 * constant or by an indexed field), is counted from the index without reading documents, like
 * MongoDB's covered count.
 */
final class IndexedAggregation {

    private IndexedAggregation() {
    }

    /** The command's reply, or null to leave the command to the stock implementation. */
    static Document run(IndexedH2Database database, Object collectionName, Document command,
                        DatabaseResolver databaseResolver, Oplog oplog) {
        if (!(collectionName instanceof String name)
                || !(database.resolveCollection(name, false) instanceof IndexedH2Collection collection)) {
            return null;
        }
        List<Document> pipeline = Aggregation.parse(command.get("pipeline"));
        if (pipeline.isEmpty() || pipeline.get(0).size() != 1 || !(pipeline.get(0).get("$match") instanceof Document match)) {
            return null;
        }
        List<Document> rest = pipeline.subList(1, pipeline.size());
        List<Document> input = null;
        if (!rest.isEmpty() && rest.get(0).size() == 1 && rest.get(0).get("$group") instanceof Document group) {
            input = countedFromIndex(collection, match, group);
            if (input != null) {
                rest = rest.subList(1, rest.size());
            }
        }
        if (input == null) {
            input = collection.matching(match);
        }
        Aggregation aggregation = Aggregation.fromPipeline(rest, databaseResolver, database, collection, oplog);
        aggregation.validate(command);
        List<Document> result = aggregation.runStages(input.stream());
        Document cursor = new Document("id", 0L);
        cursor.put("ns", database.namespaceOf(name));
        cursor.put("firstBatch", result);
        Document reply = new Document("cursor", cursor);
        reply.put("ok", 1.0);
        return reply;
    }

    /** The groups of a counting {@code $group} over an exactly indexed {@code $match}, or null if that is not the case. */
    private static List<Document> countedFromIndex(IndexedH2Collection collection, Document match, Document group) {
        QueryConditions conditions = QueryConditions.of(match);
        if (!conditions.exact() || conditions.values().isEmpty() || !onlyCounts(group)) {
            return null;
        }
        SecondaryIndex index = coveringIndex(collection, conditions);
        if (index == null) {
            return null;
        }
        List<String> fields = index.fields().subList(0, conditions.values().size());
        Object groupId = group.get("_id");
        int groupField = groupId instanceof String path && path.startsWith("$") ? fields.indexOf(path.substring(1)) : -1;
        if (groupId instanceof String path && path.startsWith("$") && groupField < 0) {
            return null;
        }
        List<List<Object>> values = new ArrayList<>();
        for (String field : fields) {
            values.add(distinct(conditions.values().get(field)));
        }
        if (groupField >= 0 && !values.get(groupField).stream().allMatch(IndexedAggregation::keepsItsType)) {
            return null;
        }
        Map<Object, Long> counts = new LinkedHashMap<>();
        for (List<Object> combination : SecondaryIndex.combinations(values)) {
            long count = index.count(new KeyValue(combination).normalized());
            if (count > 0) {
                counts.merge(groupField >= 0 ? combination.get(groupField) : groupId, count, Long::sum);
            }
        }
        List<Document> groups = new ArrayList<>();
        counts.forEach((id, count) -> {
            Document row = new Document("_id", id);
            for (String accumulator : group.keySet()) {
                if (!accumulator.equals("_id")) {
                    row.put(accumulator, count <= Integer.MAX_VALUE ? (Object) count.intValue() : count);
                }
            }
            groups.add(row);
        });
        return groups;
    }

    /** A non-multikey index whose leading fields are exactly the match's fields. */
    private static SecondaryIndex coveringIndex(IndexedH2Collection collection, QueryConditions conditions) {
        for (Index<Object> index : collection.getIndexes()) {
            if (index instanceof SecondaryIndex secondary && !secondary.isMultikey()
                    && IndexedH2Collection.prefixLength(secondary, conditions.values()) == conditions.values().size()) {
                return secondary;
            }
        }
        return null;
    }

    /** Every accumulator is {@code {$sum: 1}} and the group key is a constant or a field path. */
    private static boolean onlyCounts(Document group) {
        if (!group.containsKey("_id") || group.get("_id") instanceof Document) {
            return false;
        }
        for (Map.Entry<String, Object> accumulator : group.entrySet()) {
            if (!accumulator.getKey().equals("_id")
                    && !(accumulator.getValue() instanceof Document sum && sum.size() == 1
                    && sum.get("$sum") instanceof Number one && one.doubleValue() == 1.0)) {
                return false;
            }
        }
        return true;
    }

    /** Values the index stores as they are (numbers it would turn into doubles). */
    private static boolean keepsItsType(Object value) {
        return value instanceof String || value instanceof ObjectId || value instanceof Boolean;
    }

    private static List<Object> distinct(List<Object> values) {
        Map<KeyValue, Object> byKey = new LinkedHashMap<>();
        for (Object value : values) {
            byKey.putIfAbsent(new KeyValue(value).normalized(), value);
        }
        return List.copyOf(byKey.values());
    }
}
