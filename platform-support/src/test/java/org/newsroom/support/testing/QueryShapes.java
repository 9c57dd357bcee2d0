package org.newsroom.support.testing;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.bson.Document;
import reactor.core.publisher.Flux;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Test-only: records the shape of every query a service sends to MongoDB (collection, fields it
 * filters on by equality, fields it sorts by) through a driver {@link CommandListener}, and checks
 * each shape against the indexes the service declared, as MongoDB would use them: an index serves a
 * shape when its first field is filtered by equality, and a sort when the index's fields after the
 * equality-filtered ones are the sort's fields, all in the index's directions or all reversed.
 */
public final class QueryShapes implements CommandListener {

    /** Where a query can come from: filters of finds, counts, $match stages, updates and deletes. */
    private static final Set<String> QUERIES = Set.of("find", "aggregate", "count", "update", "delete", "findAndModify", "distinct");
    private static final Duration WAIT = Duration.ofSeconds(20);

    /** What a query asks of an index. */
    public record Shape(String collection, Set<String> equalities, Map<String, Integer> sort) {
        @Override
        public String toString() {
            return collection + " filter " + equalities + (sort.isEmpty() ? "" : " sort " + sort);
        }
    }

    /** A declared index: its fields in order, with directions (1 or -1). */
    public record IndexSpec(String name, Map<String, Integer> keys) {
    }

    private final Set<Shape> shapes = ConcurrentHashMap.newKeySet();

    @Override
    public void commandStarted(CommandStartedEvent event) {
        String command = event.getCommandName();
        if (!QUERIES.contains(command)) {
            return;
        }
        BsonDocument body = event.getCommand();
        String collection = body.getString(command).getValue();
        switch (command) {
            case "find" -> add(collection, body.getDocument("filter", new BsonDocument()), body.getDocument("sort", new BsonDocument()));
            case "count", "distinct" -> add(collection, body.getDocument("query", new BsonDocument()), new BsonDocument());
            case "findAndModify" -> add(collection, body.getDocument("query", new BsonDocument()), body.getDocument("sort", new BsonDocument()));
            case "update" -> body.getArray("updates", new BsonArray()).forEach(u -> add(collection, u.asDocument().getDocument("q"), new BsonDocument()));
            case "delete" -> body.getArray("deletes", new BsonArray()).forEach(d -> add(collection, d.asDocument().getDocument("q"), new BsonDocument()));
            default -> addAggregation(collection, body.getArray("pipeline"));
        }
    }

    private void addAggregation(String collection, BsonArray pipeline) {
        BsonDocument match = new BsonDocument();
        BsonDocument sort = new BsonDocument();
        for (BsonValue stage : pipeline) {
            BsonDocument document = stage.asDocument();
            if (document.containsKey("$match") && match.isEmpty() && sort.isEmpty()) {
                match = document.getDocument("$match");
            } else if (document.containsKey("$sort") && sort.isEmpty()) {
                sort = document.getDocument("$sort");
            } else {
                break;
            }
        }
        add(collection, match, sort);
    }

    private void add(String collection, BsonDocument filter, BsonDocument sort) {
        Map<String, Integer> order = new LinkedHashMap<>();
        sort.forEach((field, direction) -> order.put(field, direction.asNumber().intValue()));
        shapes.add(new Shape(collection, equalities(filter), order));
    }

    /** Top-level fields (also inside $and) compared by equality: a value, $eq, $in or $all. */
    private static Set<String> equalities(BsonDocument filter) {
        Set<String> fields = new LinkedHashSet<>();
        filter.forEach((field, value) -> {
            if (field.equals("$and")) {
                value.asArray().forEach(part -> fields.addAll(equalities(part.asDocument())));
            } else if (!field.startsWith("$") && (!value.isDocument() || isEquality(value.asDocument()))) {
                fields.add(field);
            }
        });
        return fields;
    }

    private static boolean isEquality(BsonDocument operators) {
        return operators.size() == 1 && Set.of("$eq", "$in", "$all").contains(operators.getFirstKey());
    }

    public void reset() {
        shapes.clear();
    }

    public Set<Shape> shapes() {
        return Set.copyOf(shapes);
    }

    /** The indexes of every collection of the database, as the service created them. */
    public static Map<String, List<IndexSpec>> declaredIndexes(MongoDatabase database) {
        Map<String, List<IndexSpec>> indexes = new LinkedHashMap<>();
        for (String collection : Flux.from(database.listCollectionNames()).collectList().block(WAIT)) {
            List<IndexSpec> specs = new ArrayList<>();
            for (Document index : Flux.from(database.getCollection(collection).listIndexes()).collectList().block(WAIT)) {
                Map<String, Integer> keys = new LinkedHashMap<>();
                ((Document) index.get("key")).forEach((field, direction) -> keys.put(field, ((Number) direction).intValue()));
                specs.add(new IndexSpec(index.getString("name"), keys));
            }
            indexes.put(collection, specs);
        }
        return indexes;
    }

    /** The shapes no declared index serves (filter and sort), each with why. */
    public List<String> unserved(Map<String, List<IndexSpec>> indexes) {
        List<String> problems = new ArrayList<>();
        for (Shape shape : shapes) {
            List<IndexSpec> candidates = new ArrayList<>(indexes.getOrDefault(shape.collection(), List.of()));
            candidates.add(new IndexSpec("_id_", Map.of("_id", 1)));
            if (candidates.stream().noneMatch(index -> serves(index, shape))) {
                problems.add(shape + ": no index among " + candidates.stream().map(IndexSpec::keys).toList());
            }
        }
        return problems;
    }

    static boolean serves(IndexSpec index, Shape shape) {
        List<String> fields = new ArrayList<>(index.keys().keySet());
        int prefix = 0;
        while (prefix < fields.size() && shape.equalities().contains(fields.get(prefix))) {
            prefix++;
        }
        if (prefix == 0 && !(shape.equalities().isEmpty() && !shape.sort().isEmpty())) {
            return false;
        }
        if (shape.sort().isEmpty()) {
            return true;
        }
        if (prefix + shape.sort().size() > fields.size()) {
            return false;
        }
        Boolean reversed = null;
        int position = prefix;
        for (Map.Entry<String, Integer> sort : shape.sort().entrySet()) {
            String field = fields.get(position++);
            if (!field.equals(sort.getKey())) {
                return false;
            }
            boolean flipped = !index.keys().get(field).equals(sort.getValue());
            if (reversed != null && reversed != flipped) {
                return false;
            }
            reversed = flipped;
        }
        return true;
    }
}
