package org.newsroom.deployment;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A service's Dockerfile as instructions (continuation lines joined, comments dropped). */
final class Dockerfile {

    record Instruction(String keyword, String arguments) {
    }

    private static final Pattern ENV_ENTRY = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=(\"[^\"]*\"|\\S+)");
    private static final Pattern JSON_STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    final String path;
    final List<Instruction> instructions = new ArrayList<>();

    Dockerfile(String path) {
        this.path = path;
        StringBuilder pending = new StringBuilder();
        for (String line : Repo.read(path).lines().toList()) {
            String trimmed = line.strip();
            if (trimmed.startsWith("#") || trimmed.isEmpty() && pending.isEmpty()) {
                continue;
            }
            if (trimmed.endsWith("\\")) {
                pending.append(trimmed, 0, trimmed.length() - 1).append(' ');
                continue;
            }
            pending.append(trimmed);
            String[] parts = pending.toString().strip().split("\\s+", 2);
            instructions.add(new Instruction(parts[0].toUpperCase(), parts.length == 2 ? parts[1].strip() : ""));
            pending.setLength(0);
        }
    }

    static Dockerfile of(String service) {
        return new Dockerfile(service + "/Dockerfile");
    }

    List<Instruction> finalStage() {
        int start = 0;
        for (int i = 0; i < instructions.size(); i++) {
            if (instructions.get(i).keyword().equals("FROM")) {
                start = i;
            }
        }
        return instructions.subList(start, instructions.size());
    }

    List<Instruction> buildStages() {
        return instructions.subList(0, instructions.indexOf(finalStage().get(0)));
    }

    List<String> all(List<Instruction> stage, String keyword) {
        return stage.stream().filter(instruction -> instruction.keyword().equals(keyword)).map(Instruction::arguments).toList();
    }

    /** The image the final stage starts from. */
    String runtimeBase() {
        return finalStage().get(0).arguments().split("\\s+")[0];
    }

    Optional<String> user() {
        List<String> users = all(finalStage(), "USER");
        return users.isEmpty() ? Optional.empty() : Optional.of(users.get(users.size() - 1));
    }

    Map<String, String> environment() {
        Map<String, String> environment = new LinkedHashMap<>();
        for (String arguments : all(finalStage(), "ENV")) {
            Matcher entry = ENV_ENTRY.matcher(arguments);
            while (entry.find()) {
                environment.put(entry.group(1), entry.group(2).replace("\"", ""));
            }
        }
        return environment;
    }

    List<Integer> exposedPorts() {
        return all(finalStage(), "EXPOSE").stream()
                .flatMap(arguments -> List.of(arguments.split("\\s+")).stream())
                .map(port -> Integer.parseInt(port.replaceAll("/tcp$", "")))
                .toList();
    }

    /** The final stage's HEALTHCHECK command (after CMD), or null. */
    String healthCommand() {
        List<String> checks = all(finalStage(), "HEALTHCHECK");
        if (checks.isEmpty()) {
            return null;
        }
        String check = checks.get(checks.size() - 1);
        int cmd = check.indexOf("CMD ");
        return cmd < 0 ? null : check.substring(cmd + 4).strip();
    }

    /** ENTRYPOINT in exec form, as its list of words. */
    List<String> entrypoint() {
        List<String> entrypoints = all(finalStage(), "ENTRYPOINT");
        if (entrypoints.isEmpty()) {
            return List.of();
        }
        List<String> words = new ArrayList<>();
        Matcher word = JSON_STRING.matcher(entrypoints.get(entrypoints.size() - 1));
        while (word.find()) {
            words.add(word.group(1));
        }
        return words;
    }

    /** COPY instructions as [flags..., sources..., destination] word lists. */
    List<List<String>> copies(List<Instruction> stage) {
        return all(stage, "COPY").stream().map(arguments -> List.of(arguments.split("\\s+"))).toList();
    }

    /** Whether a .dockerignore pattern keeps this path of the build context out (negations are not used here). */
    static boolean dockerignoreExcludes(String relative) {
        for (String pattern : Repo.read(".dockerignore").lines().map(String::strip).toList()) {
            if (pattern.isEmpty() || pattern.startsWith("#")) {
                continue;
            }
            String clean = pattern.replaceAll("^/|/$", "");
            if (relative.equals(clean) || relative.startsWith(clean + "/")
                    || FileSystems.getDefault().getPathMatcher("glob:" + clean).matches(Path.of(relative))) {
                return true;
            }
        }
        return false;
    }
}
