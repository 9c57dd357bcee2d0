package org.newsroom.deployment;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** docker-compose.yml, read as compose reads it (anchors and merge keys resolved by the YAML parser). */
final class Compose {

    static final String FILE = "docker-compose.yml";
    private static final Pattern INTERPOLATION = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?}");

    final Map<String, Object> file = Repo.yaml(FILE);

    Map<String, Object> services() {
        return Tree.map(file, "services");
    }

    Map<String, Object> service(String name) {
        Map<String, Object> service = Tree.map(services(), name);
        if (service.isEmpty()) {
            throw new AssertionError(FILE + " has no service " + name);
        }
        return service;
    }

    /** A service's environment, in either of compose's forms (map, or list of NAME=value). */
    Map<String, String> environment(String name) {
        Object environment = Tree.at(service(name), "environment");
        Map<String, String> variables = new LinkedHashMap<>();
        if (environment instanceof Map<?, ?> map) {
            map.forEach((key, value) -> variables.put(String.valueOf(key), value == null ? null : String.valueOf(value)));
        } else if (environment instanceof List<?> list) {
            for (Object entry : list) {
                String[] parts = String.valueOf(entry).split("=", 2);
                variables.put(parts[0], parts.length == 2 ? parts[1] : null);
            }
        }
        return variables;
    }

    /** The networks a service joins (list or map form); compose's "default" network when it names none. */
    List<String> networksOf(String name) {
        Object networks = Tree.at(service(name), "networks");
        if (networks instanceof Map<?, ?> map) {
            return map.keySet().stream().map(String::valueOf).toList();
        }
        return networks == null ? List.of("default") : Tree.strings(networks);
    }

    boolean isInternalNetwork(String network) {
        return Boolean.TRUE.equals(Tree.at(file, "networks", network, "internal"));
    }

    /** The container ports a service publishes on the host. */
    List<Integer> publishedContainerPorts(String name) {
        return Tree.list(service(name), "ports").stream().map(port -> {
            if (port instanceof Map<?, ?> map) {
                return Integer.parseInt(String.valueOf(map.get("target")));
            }
            String text = String.valueOf(port).replaceAll("/(tcp|udp)$", "");
            return Integer.parseInt(text.substring(text.lastIndexOf(':') + 1));
        }).toList();
    }

    /** The healthcheck's command as one string, or null when there is none or it is disabled. */
    String healthCommand(String name) {
        Map<String, Object> healthcheck = Tree.map(service(name), "healthcheck");
        Object test = healthcheck.get("test");
        if (Boolean.TRUE.equals(healthcheck.get("disable")) || test == null) {
            return null;
        }
        String command = test instanceof List<?> parts ? String.join(" ", Tree.strings(parts)) : String.valueOf(test);
        return command.equals("NONE") || command.startsWith("NONE ") ? null : command;
    }

    /** The URI in a service's MONGODB_URI. */
    URI mongoUri(String name) {
        String uri = environment(name).get("MONGODB_URI");
        if (uri == null) {
            throw new AssertionError(name + " has no MONGODB_URI in " + FILE);
        }
        return URI.create(uri);
    }

    /** {@code ${NAME...}} references in the whole file: name to its operator (":?", "-", ...) or "" for a bare reference. */
    Map<String, String> interpolations() {
        Map<String, String> found = new LinkedHashMap<>();
        Matcher matcher = INTERPOLATION.matcher(Repo.read(FILE));
        while (matcher.find()) {
            found.merge(matcher.group(1), matcher.group(2) == null ? "" : matcher.group(2),
                    (first, second) -> first.contains("?") ? first : second);
        }
        return found;
    }

    static boolean isRequiredInterpolation(String value, String variable) {
        return value != null && value.matches("\\$\\{" + Pattern.quote(variable) + ":\\?[^}]+}");
    }
}
