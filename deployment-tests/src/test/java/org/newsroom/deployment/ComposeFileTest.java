package org.newsroom.deployment;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ComposeFileTest {

    private final Map<String, Object> compose = Repo.yaml("docker-compose.yml");
    private final Map<String, Map<String, Object>> services = Repo.at(compose, "services");

    @Test
    void everyServiceHasItsOwnPinnedMongoDbWithAVolumeAndAHealthCheck() {
        for (String db : List.of("articles-db", "comments-db")) {
            Map<String, Object> mongo = services.get(db);
            assertThat(mongo).as(db).isNotNull();
            assertThat((String) mongo.get("image")).matches("mongo:\\d+(\\.\\d+)*");
            assertThat((List<String>) mongo.get("volumes")).anyMatch(volume -> volume.endsWith(":/data/db"));
            assertThat(mongo.get("healthcheck")).isNotNull();
        }
        assertThat((Map<String, Object>) compose.get("volumes")).containsKeys("articles-data", "comments-data");
    }

    @Test
    void onlyTheGatewayPublishesAPortAndNoContainerHasAFixedName() {
        services.forEach((name, service) -> {
            assertThat(service).as(name).doesNotContainKey("container_name");
            if (!name.equals("gateway")) {
                assertThat(service).as(name + " publishes no port").doesNotContainKey("ports");
            }
        });
        assertThat((List<String>) services.get("gateway").get("ports")).containsExactly("8080:8080");
    }

    @Test
    void servicesSitOnAnInternalNetworkAndOnlyTheGatewayIsAlsoPublic() {
        assertThat((Boolean) Repo.at(compose, "networks", "internal", "internal")).isTrue();
        services.forEach((name, service) -> {
            List<String> networks = (List<String>) service.get("networks");
            assertThat(networks).as(name).contains("internal");
            if (!name.equals("gateway")) {
                assertThat(networks).as(name).doesNotContain("public");
            }
        });
    }

    @Test
    void everyContainerIsHealthCheckedAndStartsAfterWhatItNeedsIsHealthy() {
        services.forEach((name, service) -> {
            assertThat(service.get("healthcheck")).as(name).isNotNull();
            Map<String, Map<String, Object>> dependsOn = (Map<String, Map<String, Object>>) service.get("depends_on");
            if (dependsOn != null) {
                dependsOn.values().forEach(condition -> assertThat(condition.get("condition")).isEqualTo("service_healthy"));
            }
        });
        for (String service : Repo.SERVICES) {
            String test = String.join(" ", Repo.<List<String>>at(services.get(service), "healthcheck", "test"));
            assertThat(test).contains("http://localhost:" + Repo.defaultPort(service) + "/health/readiness");
        }
        assertThat((Map<String, Object>) services.get("gateway").get("depends_on")).containsKeys("articles-service", "comments-service");
    }

    @Test
    void everyContainerHasAMemoryLimit() {
        services.forEach((name, service) ->
                assertThat((String) Repo.at(service, "deploy", "resources", "limits", "memory")).as(name).isNotBlank());
    }

    @Test
    void variablesAndPortsAgreeWithTheServices() {
        for (String service : Repo.SERVICES) {
            Map<String, String> environment = Repo.at(services.get(service), "environment");
            assertThat(environment.get(Repo.portVariable(service))).as(service).isEqualTo(String.valueOf(Repo.defaultPort(service)));
        }
        assertThat(Repo.<String>at(services.get("articles-service"), "environment", "MONGODB_URI")).startsWith("mongodb://articles-db:27017/");
        assertThat(Repo.<String>at(services.get("comments-service"), "environment", "MONGODB_URI")).startsWith("mongodb://comments-db:27017/");
        Map<String, String> gateway = Repo.at(services.get("gateway"), "environment");
        assertThat(gateway.get("ARTICLES_URL")).isEqualTo("http://articles-service:" + Repo.defaultPort("articles-service"));
        assertThat(gateway.get("COMMENTS_URL")).isEqualTo("http://comments-service:" + Repo.defaultPort("comments-service"));
    }

    @Test
    void secretsComeFromAnUncommittedEnvFileWithACommittedExample() {
        services.forEach((name, service) -> {
            if (Repo.SERVICES.contains(name)) {
                assertThat(service.get("env_file")).as(name).isEqualTo(".env");
            }
            assertThat(String.valueOf(service.get("environment"))).doesNotContain("JWT_SECRET").doesNotContain("ADMIN_PASSWORD");
        });
        assertThat(Repo.read(".env.example")).contains("JWT_SECRET=").contains("ADMIN_PASSWORD=");
        assertThat(Repo.read(".gitignore").lines()).contains(".env");
    }
}
