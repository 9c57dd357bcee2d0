package org.newsroom.deployment;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/operations.md tells an ops team what the code and the deployment files actually do. */
class OperationsDocTest {

    private static final String DOC = "docs/operations.md";
    private static final Pattern ROW = Pattern.compile("(?m)^\\| `([A-Z][A-Z0-9_]*)` \\| ([^|]+) \\| ([^|]+) \\| ([^|]+) \\|$");

    private final String doc = Repo.read(DOC);

    @Test
    void theConfigurationTableHasEveryVariableTheServicesReadWithWhoReadsItAndItsDefault() {
        Map<String, String[]> rows = new LinkedHashMap<>();
        Matcher row = ROW.matcher(doc);
        while (row.find()) {
            rows.put(row.group(1), new String[] {row.group(2).strip(), row.group(3).strip()});
        }
        Map<String, Set<String>> readers = new LinkedHashMap<>();
        Map<String, String> defaults = new LinkedHashMap<>();
        for (String service : Contract.SERVICES) {
            ServiceCode.of(service).variables().forEach((variable, fallback) -> {
                readers.computeIfAbsent(variable, name -> new TreeSet<>()).add(service);
                defaults.put(variable, fallback);
            });
        }
        assertThat(rows.keySet()).as("variables in the table of " + DOC).containsAll(readers.keySet()).containsAll(Contract.VARIABLES);
        readers.forEach((variable, services) -> {
            String usedBy = rows.get(variable)[0];
            Set<String> documented = usedBy.equals("all") ? new TreeSet<>(Contract.SERVICES) : new TreeSet<>(List.of(usedBy.split(",\\s*")));
            assertThat(documented).as(variable + " is used by").isEqualTo(services);
            String fallback = defaults.get(variable);
            String cell = rows.get(variable)[1].replace("`", "");
            if (fallback != null && fallback.isEmpty()) {
                assertThat(cell).as(variable + " default").matches("(empty|unset)(:.*)?");
            } else if (fallback != null) {
                assertThat(cell).as(variable + " default").startsWith(fallback);
            }
        });
    }

    @Test
    void theGuideCoversComposeScalingImagesKubernetesMongoDbBackupsLogsAndHealth() {
        assertThat(doc).contains("cp .env.example .env", "docker compose up --build -d",
                "--scale comments-service=3 --scale articles-service=2", "kubectl apply -k deploy/k8s",
                "cp deploy/k8s/secrets.env.example deploy/k8s/secrets.env", "MONGODB_URI=", "mongodump", "mongorestore",
                "requestId", "X-Request-Id");
        for (String service : Contract.SERVICES) {
            assertThat(doc).contains("docker build -f " + service + "/Dockerfile -t news-platform/" + service + ":");
        }
        for (String service : Contract.BACKENDS) {
            assertThat(doc).as("running " + service + " against any MongoDB").contains("java -jar " + ServiceCode.of(service).jar());
        }
        for (String path : List.of("/health", "/health/liveness", "/health/readiness", "/prometheus")) {
            assertThat(doc).contains("`GET " + path + "`");
        }
    }

    @Test
    void theBackupCommandsNameEachStoresDatabase() {
        for (String service : Contract.BACKENDS) {
            String database = ServiceCode.of(service).database();
            assertThat(doc).contains("mongodump --db " + database).contains("--nsInclude '" + database + ".*'");
        }
    }
}
