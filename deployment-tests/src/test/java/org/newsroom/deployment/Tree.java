package org.newsroom.deployment;

import java.util.List;
import java.util.Map;

/** Walking parsed YAML: maps, lists and scalars. */
final class Tree {

    private Tree() {
    }

    /** The node at a path of map keys and list indexes, or null where the path leads nowhere. */
    static Object at(Object node, Object... path) {
        Object current = node;
        for (Object step : path) {
            if (current instanceof Map<?, ?> map) {
                current = map.get(step);
            } else if (current instanceof List<?> list && step instanceof Integer index && index < list.size()) {
                current = list.get(index);
            } else {
                return null;
            }
        }
        return current;
    }

    static String string(Object node, Object... path) {
        Object value = at(node, path);
        return value == null ? null : String.valueOf(value);
    }

    static Map<String, Object> map(Object node, Object... path) {
        Object value = at(node, path);
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?>)) {
            throw new AssertionError("not a map at " + List.of(path) + ": " + value);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) value;
        return map;
    }

    static List<Object> list(Object node, Object... path) {
        Object value = at(node, path);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?>)) {
            throw new AssertionError("not a list at " + List.of(path) + ": " + value);
        }
        @SuppressWarnings("unchecked")
        List<Object> list = (List<Object>) value;
        return list;
    }

    static List<Map<String, Object>> maps(Object node, Object... path) {
        return list(node, path).stream().map(Tree::map).toList();
    }

    static List<String> strings(Object node, Object... path) {
        return list(node, path).stream().map(String::valueOf).toList();
    }
}
