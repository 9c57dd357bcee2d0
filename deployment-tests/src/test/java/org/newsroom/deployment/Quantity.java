package org.newsroom.deployment;

import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Memory and CPU amounts as Docker and Kubernetes write them. */
final class Quantity {

    private static final Map<String, Long> DOCKER_UNITS = Map.of("", 1L, "b", 1L, "k", 1L << 10, "m", 1L << 20, "g", 1L << 30);
    private static final Map<String, Long> KUBERNETES_UNITS = Map.of("", 1L, "k", 1_000L, "M", 1_000_000L, "G", 1_000_000_000L,
            "Ki", 1L << 10, "Mi", 1L << 20, "Gi", 1L << 30);

    private Quantity() {
    }

    /** Docker's {@code 768m}, {@code 1g} (binary units). */
    static long dockerBytes(Object amount) {
        return bytes(String.valueOf(amount).toLowerCase(), Pattern.compile("(\\d+)([bkmg]?)"), DOCKER_UNITS);
    }

    /** Kubernetes' {@code 512Mi}, {@code 1G}. */
    static long kubernetesBytes(Object amount) {
        return bytes(String.valueOf(amount), Pattern.compile("(\\d+)(Ki|Mi|Gi|k|M|G)?"), KUBERNETES_UNITS);
    }

    /** Kubernetes' CPU: {@code 500m}, {@code 2}, {@code 0.5}, in millicores. */
    static long kubernetesMillicores(Object amount) {
        String text = String.valueOf(amount);
        if (text.endsWith("m")) {
            return Long.parseLong(text.substring(0, text.length() - 1));
        }
        return new BigDecimal(text).movePointRight(3).longValueExact();
    }

    private static long bytes(String text, Pattern pattern, Map<String, Long> units) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.matches()) {
            throw new AssertionError("not a memory amount: " + text);
        }
        String unit = matcher.group(2) == null ? "" : matcher.group(2);
        return Long.parseLong(matcher.group(1)) * units.get(unit);
    }
}
