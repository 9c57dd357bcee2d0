package org.newsroom.deployment;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The repository's own files, read from its root (the system property {@code platform.root}, else {@code ..}). */
final class Repo {

    private Repo() {
    }

    static Path root() {
        return Path.of(System.getProperty("platform.root", "..")).toAbsolutePath().normalize();
    }

    static boolean exists(String relative) {
        return Files.exists(root().resolve(relative));
    }

    static String read(String relative) {
        try {
            return Files.readString(root().resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> yaml(String relative) {
        return Tree.map(yamlParser().load(read(relative)));
    }

    /** Every document of a multi-document YAML file, empty ones left out. */
    static List<Map<String, Object>> yamlDocuments(String relative) {
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Object document : yamlParser().loadAll(read(relative))) {
            if (document != null) {
                documents.add(Tree.map(document));
            }
        }
        return documents;
    }

    /** {@code KEY=value} lines as kustomize and docker compose read them; comments and blank lines skipped. */
    static Map<String, String> envFile(String relative) {
        Map<String, String> entries = new LinkedHashMap<>();
        for (String line : read(relative).lines().toList()) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int equals = trimmed.indexOf('=');
            if (equals < 1) {
                throw new AssertionError(relative + ": not KEY=value: " + line);
            }
            entries.put(trimmed.substring(0, equals), unquoted(trimmed.substring(equals + 1)));
        }
        return entries;
    }

    /** Whether git ignores the path, judged from the patterns of the root and the path's own directory's .gitignore. */
    static boolean gitIgnores(String relative) {
        Path path = Path.of(relative);
        String name = path.getFileName().toString();
        List<String> patterns = new ArrayList<>(read(".gitignore").lines().map(String::strip).toList());
        Path directory = path.getParent();
        String local = directory == null ? null : directory.resolve(".gitignore").toString();
        if (local != null && exists(local)) {
            patterns.addAll(read(local).lines().map(String::strip).toList());
        }
        return patterns.contains(name) || patterns.contains("/" + relative) || patterns.contains(relative);
    }

    private static String unquoted(String value) {
        if (value.length() >= 2 && (value.startsWith("'") && value.endsWith("'") || value.startsWith("\"") && value.endsWith("\""))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    private static Yaml yamlParser() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        return new Yaml(new SafeConstructor(options));
    }
}
