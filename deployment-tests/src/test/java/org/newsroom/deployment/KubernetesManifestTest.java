package org.newsroom.deployment;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class KubernetesManifestTest {

    private static List<Map<String, Object>> all() {
        List<Map<String, Object>> documents = new ArrayList<>();
        for (String resource : Repo.<List<String>>at(Repo.yaml("deploy/k8s/kustomization.yaml"), "resources")) {
            documents.addAll(Repo.documents("deploy/k8s/" + resource));
        }
        return documents;
    }

    private static Map<String, Object> find(String kind, String name) {
        return all().stream()
                .filter(document -> kind.equals(document.get("kind")) && name.equals(Repo.at(document, "metadata", "name")))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }

    @Test
    void everyServiceHasADeploymentWithProbesOnItsHealthPathsAndResources() {
        for (String service : Repo.SERVICES) {
            Map<String, Object> container = Repo.at(find("Deployment", service), "spec", "template", "spec", "containers", "0");
            int port = Repo.defaultPort(service);
            assertThat(Repo.<Integer>at(container, "ports", "0", "containerPort")).isEqualTo(port);
            for (String probe : List.of("readinessProbe", "livenessProbe", "startupProbe")) {
                String path = Repo.at(container, probe, "httpGet", "path");
                assertThat(Repo.HEALTH_PATHS).as(service + " " + probe).contains(path);
            }
            assertThat(Repo.<String>at(container, "readinessProbe", "httpGet", "path")).isEqualTo("/health/readiness");
            assertThat(Repo.<String>at(container, "livenessProbe", "httpGet", "path")).isEqualTo("/health/liveness");
            assertThat(Repo.<Map<String, Object>>at(container, "resources", "requests")).containsKeys("cpu", "memory");
            assertThat(Repo.<Map<String, Object>>at(container, "resources", "limits")).containsKeys("cpu", "memory");
            List<Map<String, Object>> env = Repo.at(container, "env");
            assertThat(env.stream().map(variable -> (String) variable.get("name")).collect(Collectors.toList()))
                    .contains(Repo.portVariable(service), "JWT_SECRET");
            assertThat(Repo.<Boolean>at(find("Deployment", service), "spec", "template", "spec", "securityContext", "runAsNonRoot")).isTrue();
        }
    }

    @Test
    void everyServiceHasAServiceAnAutoscalerAndADisruptionBudgetTargetingIt() {
        for (String service : Repo.SERVICES) {
            assertThat(Repo.<Integer>at(find("Service", service), "spec", "ports", "0", "port")).isEqualTo(Repo.defaultPort(service));
            assertThat(Repo.<String>at(find("HorizontalPodAutoscaler", service), "spec", "scaleTargetRef", "name")).isEqualTo(service);
            assertThat(Repo.<String>at(find("PodDisruptionBudget", service), "spec", "selector", "matchLabels", "app.kubernetes.io/name"))
                    .isEqualTo(service);
        }
    }

    @Test
    void onlyTheGatewayMayReachTheServices() {
        Map<String, Object> policy = find("NetworkPolicy", "services-only-from-gateway");
        assertThat(Repo.<List<String>>at(policy, "spec", "podSelector", "matchExpressions", "0", "values"))
                .containsExactlyInAnyOrder("articles-service", "comments-service");
        List<Map<String, Object>> from = Repo.at(policy, "spec", "ingress", "0", "from");
        assertThat(from).hasSize(1);
        assertThat(Repo.<String>at(from.get(0), "podSelector", "matchLabels", "app.kubernetes.io/name")).isEqualTo("gateway");
    }

    @Test
    void secretsHoldTheJwtSecretAndBothMongoUris() {
        Map<String, Object> secret = find("Secret", "news-platform-secrets");
        assertThat(Repo.<Map<String, Object>>at(secret, "stringData"))
                .containsKeys("JWT_SECRET", "ADMIN_PASSWORD", "ARTICLES_MONGODB_URI", "COMMENTS_MONGODB_URI");
        assertThat(String.valueOf(Repo.<Object>at(find("Deployment", "articles-service"), "spec", "template", "spec", "containers", "0", "env")))
                .contains("ARTICLES_MONGODB_URI");
        assertThat(String.valueOf(Repo.<Object>at(find("Deployment", "comments-service"), "spec", "template", "spec", "containers", "0", "env")))
                .contains("COMMENTS_MONGODB_URI");
    }

    @Test
    void ingressRoutesEverythingToTheGateway() {
        Map<String, Object> backend = Repo.at(find("Ingress", "gateway"), "spec", "rules", "0", "http", "paths", "0", "backend", "service");
        assertThat(backend.get("name")).isEqualTo("gateway");
        assertThat(Repo.<Integer>at(backend, "port", "number")).isEqualTo(Repo.defaultPort("gateway"));
    }

    @Test
    void configUsesTheContractsVariableNames() {
        Map<String, Object> data = Repo.at(find("ConfigMap", "news-platform-config"), "data");
        assertThat(data).containsKeys("ARTICLES_URL", "COMMENTS_URL", "COMMENTS_TIMEOUT_MS", "COMMENT_FLOOD_SECONDS",
                "MODERATION_MODE", "MODERATION_WORDS", "BLOCKED_WORDS", "RATE_LIMIT_PER_SECOND");
    }
}
