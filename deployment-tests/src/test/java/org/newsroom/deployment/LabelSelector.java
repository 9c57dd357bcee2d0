package org.newsroom.deployment;

import java.util.List;
import java.util.Map;

/** Kubernetes label selectors ({@code matchLabels} and {@code matchExpressions}) applied to a pod's labels. */
final class LabelSelector {

    private LabelSelector() {
    }

    /** An absent or empty selector matches every pod. */
    static boolean matches(Map<String, Object> selector, Map<String, Object> labels) {
        for (Map.Entry<String, Object> wanted : Tree.map(selector, "matchLabels").entrySet()) {
            if (!String.valueOf(wanted.getValue()).equals(String.valueOf(labels.get(wanted.getKey())))) {
                return false;
            }
        }
        for (Map<String, Object> expression : Tree.maps(selector, "matchExpressions")) {
            String key = Tree.string(expression, "key");
            List<String> values = Tree.strings(expression, "values");
            boolean present = labels.containsKey(key);
            String value = String.valueOf(labels.get(key));
            boolean holds = switch (Tree.string(expression, "operator")) {
                case "In" -> present && values.contains(value);
                case "NotIn" -> !present || !values.contains(value);
                case "Exists" -> present;
                case "DoesNotExist" -> !present;
                default -> throw new AssertionError("unknown selector operator in " + expression);
            };
            if (!holds) {
                return false;
            }
        }
        return true;
    }

    static boolean isEmpty(Map<String, Object> selector) {
        return Tree.map(selector, "matchLabels").isEmpty() && Tree.list(selector, "matchExpressions").isEmpty();
    }
}
