package org.newsroom.deployment;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a service's own build and configuration say: its port and the variable that sets it, its
 * database, its jar, and every environment variable it reads with that variable's default
 * (null: no default in configuration; "": empty).
 */
record ServiceCode(String name, String portVariable, int port, String database, String jar, int javaVersion,
                   Map<String, String> variables) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::-?([^}]*))?}");
    private static final String SHARED_CONFIGURATION = "platform-support/src/main/resources/logback.xml";

    static ServiceCode of(String name) {
        String configurationFile = name + "/src/main/resources/application.yml";
        Map<String, Object> configuration = Repo.yaml(configurationFile);
        Matcher port = PLACEHOLDER.matcher(String.valueOf(Tree.at(configuration, "micronaut", "server", "port")));
        if (!port.matches() || port.group(2) == null) {
            throw new AssertionError(configurationFile + ": micronaut.server.port is not ${VARIABLE:default}");
        }
        Map<String, String> variables = new LinkedHashMap<>();
        variables.putAll(placeholders(Repo.read(configurationFile)));
        variables.putAll(placeholders(Repo.read(SHARED_CONFIGURATION)));
        // read through Micronaut's mapping of environment variables to properties, not a placeholder:
        // jwt.secret by platform-support's signature, mongodb.uri by the MongoDB client
        variables.put("JWT_SECRET", null);
        boolean usesMongo = configuration.containsKey("mongodb");
        if (usesMongo) {
            variables.put("MONGODB_URI", null);
        }
        String database = usesMongo ? Tree.string(configuration, "embedded-mongo", "database") : null;
        return new ServiceCode(name, port.group(1), Integer.parseInt(port.group(2)), database, jar(name),
                Integer.parseInt(pomValue(name, "jdk.version")), variables);
    }

    boolean reads(String variable) {
        return variables.containsKey(variable);
    }

    private static Map<String, String> placeholders(String text) {
        Map<String, String> found = new LinkedHashMap<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            String fallback = matcher.group(2) == null ? null : matcher.group(2).replace("`", "");
            found.putIfAbsent(matcher.group(1), fallback);
        }
        return found;
    }

    /** {@code <module>/target/<artifactId>-<version>.jar}, the shaded jar {@code mvn package} leaves. */
    private static String jar(String module) {
        String project = Repo.read(module + "/pom.xml").replaceAll("(?s)<parent>.*?</parent>", "")
                .replaceAll("(?s)<dependencies>.*", "");
        return module + "/target/" + element(project, "artifactId", module) + "-" + element(project, "version", module) + ".jar";
    }

    private static String pomValue(String module, String element) {
        return element(Repo.read(module + "/pom.xml"), element, module);
    }

    private static String element(String xml, String element, String module) {
        Matcher matcher = Pattern.compile("<" + Pattern.quote(element) + ">\\s*([^<]+?)\\s*</").matcher(xml);
        if (!matcher.find()) {
            throw new AssertionError(module + "/pom.xml has no <" + element + ">");
        }
        return matcher.group(1);
    }
}
