package org.newsroom.deployment;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading the repository's own files. */
final class Repo {

    static final List<String> SERVICES = List.of("articles-service", "comments-service", "gateway");
    static final List<String> HEALTH_PATHS = List.of("/health", "/health/liveness", "/health/readiness");

    private Repo() {
    }

    static Path root() {
        return Path.of(System.getProperty("platform.root", "..")).toAbsolutePath().normalize();
    }

    static String read(String relative) {
        try {
            return Files.readString(root().resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> yaml(String relative) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(100);
        return (Map<String, Object>) new Yaml(options).load(read(relative));
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> documents(String relative) {
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Object document : new Yaml().loadAll(read(relative))) {
            if (document != null) {
                documents.add((Map<String, Object>) document);
            }
        }
        return documents;
    }

    /** The default port a service's application.yml gives, e.g. 8081 from {@code ${ARTICLES_PORT:8081}}. */
    static int defaultPort(String service) {
        Matcher port = Pattern.compile("port: \\$\\{([A-Z_]+):(\\d+)}").matcher(read(service + "/src/main/resources/application.yml"));
        if (!port.find()) {
            throw new AssertionError("no port in " + service);
        }
        return Integer.parseInt(port.group(2));
    }

    static String portVariable(String service) {
        Matcher port = Pattern.compile("port: \\$\\{([A-Z_]+):(\\d+)}").matcher(read(service + "/src/main/resources/application.yml"));
        port.find();
        return port.group(1);
    }

    @SuppressWarnings("unchecked")
    static <T> T at(Object node, String... path) {
        Object current = node;
        for (String key : path) {
            if (current instanceof Map<?, ?> map) {
                current = map.get(key);
            } else if (current instanceof List<?> list) {
                current = list.get(Integer.parseInt(key));
            } else {
                return null;
            }
        }
        return (T) current;
    }
}
