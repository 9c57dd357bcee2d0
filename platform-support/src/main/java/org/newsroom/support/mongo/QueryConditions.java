package org.newsroom.support.mongo;

import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What an index can use in a query: per top-level field, the values it must equal ({@code x},
 * {@code $eq}, {@code $in}) or, for {@code $all}, one value it must contain. {@code exact} is false
 * when the query says more than these conditions (other operators, other fields), so that only the
 * index's candidates, matched against the whole query, give the answer.
 */
record QueryConditions(Map<String, List<Object>> values, boolean exact) {

    static QueryConditions of(Document query) {
        Map<String, List<Object>> values = new LinkedHashMap<>();
        boolean exact = collect(query, values);
        return new QueryConditions(values, exact);
    }

    private static boolean collect(Document query, Map<String, List<Object>> values) {
        boolean exact = true;
        for (Map.Entry<String, Object> entry : query.entrySet()) {
            String field = entry.getKey();
            if (field.equals("$and") && entry.getValue() instanceof Collection<?> parts) {
                for (Object part : parts) {
                    exact &= part instanceof Document document && collect(document, values);
                }
            } else if (field.startsWith("$") || values.containsKey(field)) {
                exact = false;
            } else {
                exact &= condition(field, entry.getValue(), values);
            }
        }
        return exact;
    }

    /** Records the field's usable condition, if any; true when that condition is all the query asks of the field. */
    private static boolean condition(String field, Object value, Map<String, List<Object>> values) {
        if (isScalar(value)) {
            values.put(field, List.of(value));
            return true;
        }
        if (value instanceof Document operators && operators.size() == 1) {
            Object operand = operators.values().iterator().next();
            switch (operators.keySet().iterator().next()) {
                case "$eq" -> {
                    if (isScalar(operand)) {
                        values.put(field, List.of(operand));
                        return true;
                    }
                }
                case "$in" -> {
                    if (operand instanceof Collection<?> options && options.stream().allMatch(QueryConditions::isScalar)) {
                        values.put(field, List.copyOf(options));
                        return true;
                    }
                }
                case "$all" -> {
                    if (operand instanceof Collection<?> required && !required.isEmpty()
                            && required.stream().allMatch(QueryConditions::isScalar)) {
                        values.put(field, List.of(required.iterator().next()));
                        return false;
                    }
                }
                default -> {
                }
            }
        }
        return false;
    }

    /** A value whose equality the index decides exactly as the query matcher does. */
    private static boolean isScalar(Object value) {
        return value != null && !(value instanceof Missing) && !(value instanceof Map) && !(value instanceof Collection)
                && !(value instanceof BsonRegularExpression) && !(value instanceof Pattern);
    }
}
