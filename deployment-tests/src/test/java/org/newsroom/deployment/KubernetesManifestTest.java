package org.newsroom.deployment;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class KubernetesManifestTest {

    private static final String CONFIG = "news-platform-config";
    private static final String SECRETS = "news-platform-secrets";

    private final Kubernetes k8s = new Kubernetes();

    @Test
    void theKustomizationListsFilesThatExistAndPutsEverythingInOneNamespace() {
        for (String file : Tree.strings(k8s.kustomization, "resources")) {
            assertThat(Repo.exists(Kubernetes.DIR + file)).as(file).isTrue();
        }
        String namespace = Tree.string(k8s.kustomization, "namespace");
        assertThat(namespace).isNotBlank();
        assertThat(k8s.find("Namespace", namespace)).isNotNull();
        for (Map<String, Object> resource : k8s.resources) {
            assertThat(Tree.string(resource, "apiVersion")).as("apiVersion of " + resource.get("kind")).isNotBlank();
            assertThat(Tree.string(resource, "metadata", "name")).as("name of a " + resource.get("kind")).isNotBlank();
            String own = Tree.string(resource, "metadata", "namespace");
            assertThat(own == null || own.equals(namespace)).as(resource.get("kind") + " namespace").isTrue();
        }
    }

    @Test
    void everyServiceRunsAsADeploymentWhoseSelectorPicksItsPodsOnItsPort() {
        for (String service : Contract.SERVICES) {
            ServiceCode code = ServiceCode.of(service);
            Map<String, Object> deployment = k8s.find("Deployment", service);
            assertThat(Tree.string(deployment, "apiVersion")).isEqualTo("apps/v1");
            assertThat(LabelSelector.isEmpty(Tree.map(deployment, "spec", "selector"))).as(service + " selector").isFalse();
            assertThat(LabelSelector.matches(Tree.map(deployment, "spec", "selector"), k8s.podLabels(service))).as(service + " selector").isTrue();
            assertThat(Tree.maps(k8s.container(service), "ports")).extracting(port -> port.get("containerPort")).containsExactly(code.port());
            assertThat(Tree.string(k8s.env(service).get(code.portVariable()), "value")).as(service + " " + code.portVariable())
                    .isEqualTo(String.valueOf(code.port()));
            assertThat(Tree.string(k8s.container(service), "image")).as(service + " image").startsWith("news-platform/" + service + ":");
        }
    }

    @Test
    void theAutoscalerNotTheDeploymentOwnsTheReplicaCount() {
        for (String service : Contract.SERVICES) {
            assertThat(Tree.at(k8s.find("Deployment", service), "spec", "replicas")).as(service + " spec.replicas").isNull();
        }
    }

    @Test
    void probesAskTheHealthEndpointsOnTheServicesPort() {
        for (String service : Contract.SERVICES) {
            Map<String, Object> container = k8s.container(service);
            for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
                Map<String, Object> httpGet = Tree.map(container, probe, "httpGet");
                assertThat(Tree.string(httpGet, "path")).as(service + " " + probe).isIn(Contract.HEALTH_PATHS);
                assertThat(k8s.containerPort(service, httpGet.get("port"))).as(service + " " + probe + " port").isEqualTo(ServiceCode.of(service).port());
            }
            assertThat(Tree.string(container, "readinessProbe", "httpGet", "path")).isEqualTo(Contract.READINESS);
            assertThat(Tree.string(container, "livenessProbe", "httpGet", "path")).isEqualTo(Contract.LIVENESS);
        }
    }

    @Test
    void everyContainerRequestsCpuAndMemoryWithinItsLimits() {
        for (String service : Contract.SERVICES) {
            Map<String, Object> resources = Tree.map(k8s.container(service), "resources");
            assertThat(Tree.map(resources, "requests")).as(service + " requests").containsKeys("cpu", "memory");
            assertThat(Tree.map(resources, "limits")).as(service + " limits").containsKeys("cpu", "memory");
            assertThat(Quantity.kubernetesMillicores(Tree.at(resources, "requests", "cpu")))
                    .isLessThanOrEqualTo(Quantity.kubernetesMillicores(Tree.at(resources, "limits", "cpu")));
            assertThat(Quantity.kubernetesBytes(Tree.at(resources, "requests", "memory")))
                    .isLessThanOrEqualTo(Quantity.kubernetesBytes(Tree.at(resources, "limits", "memory")));
        }
    }

    @Test
    void podsRunAsTheImagesNonRootUserOnAReadOnlyRootWithTmpAndDataDirOnEmptyDirs() {
        String dataDir = k8s.generatedConfigMap(CONFIG).get("DATA_DIR");
        for (String service : Contract.SERVICES) {
            Map<String, Object> pod = k8s.podSpec(service);
            Map<String, Object> container = k8s.container(service);
            assertThat(Tree.at(pod, "securityContext", "runAsNonRoot")).as(service + " runAsNonRoot").isEqualTo(true);
            String imageUser = Dockerfile.of(service).user().orElseThrow().split(":")[0];
            assertThat(Tree.string(pod, "securityContext", "runAsUser")).as(service + " runs as the image's user").isEqualTo(imageUser);
            assertThat(Tree.at(container, "securityContext", "readOnlyRootFilesystem")).as(service).isEqualTo(true);
            assertThat(Tree.at(container, "securityContext", "allowPrivilegeEscalation")).as(service).isEqualTo(false);
            assertThat(Tree.strings(container, "securityContext", "capabilities", "drop")).as(service).contains("ALL");
            assertThat(Tree.string(pod, "securityContext", "seccompProfile", "type")).as(service).isEqualTo("RuntimeDefault");

            assertThat(dataDir).as("DATA_DIR is where the image keeps it").isEqualTo(Dockerfile.of(service).environment().get("DATA_DIR"));
            Set<String> emptyDirs = new HashSet<>();
            Tree.maps(pod, "volumes").stream().filter(volume -> volume.containsKey("emptyDir")).forEach(volume -> emptyDirs.add(Tree.string(volume, "name")));
            Set<String> writable = new HashSet<>();
            Tree.maps(container, "volumeMounts").stream().filter(mount -> emptyDirs.contains(Tree.string(mount, "name")))
                    .forEach(mount -> writable.add(Tree.string(mount, "mountPath")));
            assertThat(writable).as(service + " emptyDir mounts").contains("/tmp", dataDir);
        }
    }

    @Test
    void everyVariableGivenToAServiceIsOneItReads() {
        Set<String> readBySome = new HashSet<>();
        for (String service : Contract.SERVICES) {
            ServiceCode code = ServiceCode.of(service);
            readBySome.addAll(code.variables().keySet());
            assertThat(code.variables()).as(service + " reads every variable its Deployment sets").containsKeys(k8s.env(service).keySet().toArray(String[]::new));
            assertThat(Tree.maps(k8s.container(service), "envFrom")).extracting(source -> Tree.string(source, "configMapRef", "name")).containsExactly(CONFIG);
        }
        assertThat(readBySome).as("every ConfigMap entry is read by some service").containsAll(k8s.generatedConfigMap(CONFIG).keySet());
    }

    @Test
    void secretsReachOnlyTheServicesThatNeedThemFromKeysTheSecretHas() {
        Map<String, String> template = k8s.secretTemplate(SECRETS);
        Set<String> mongoKeys = new HashSet<>();
        for (String service : Contract.SERVICES) {
            Map<String, Map<String, Object>> env = k8s.env(service);
            env.forEach((name, entry) -> {
                Map<String, Object> ref = Tree.map(entry, "valueFrom", "secretKeyRef");
                if (Contract.SECRETS.contains(name)) {
                    assertThat(ref).as(service + " " + name + " comes from the Secret").isNotEmpty();
                }
                if (!ref.isEmpty()) {
                    assertThat(ref.get("name")).isEqualTo(SECRETS);
                    assertThat(template).as("the Secret has the key " + ref.get("key")).containsKey(String.valueOf(ref.get("key")));
                }
            });
            assertThat(Tree.string(env.get("JWT_SECRET"), "valueFrom", "secretKeyRef", "key")).as(service).isEqualTo("JWT_SECRET");
            String key = Tree.string(env.get("MONGODB_URI"), "valueFrom", "secretKeyRef", "key");
            assertThat(mongoKeys.add(key)).as(service + " has a MongoDB URI of its own").isTrue();
            assertThat(URI.create(template.get(key)).getPath()).as(key + ": the database is the service's")
                    .isEqualTo("/" + ServiceCode.of(service).database());
            if (Contract.BACKENDS.contains(service)) {
                assertThat(env).as(service + " gets no admin secrets").doesNotContainKeys("ADMIN_PASSWORD", "ACCOUNTS");
            }
        }
        assertThat(k8s.env(Contract.GATEWAY)).containsKey("ADMIN_PASSWORD");
        assertThat(k8s.generatedConfigMap(CONFIG)).as("secrets stay out of the ConfigMap").doesNotContainKeys(Contract.SECRETS.toArray(String[]::new));
    }

    @Test
    void theSecretTemplateHoldsOnlyPlaceholdersAndTheRealValuesAreNeverCommitted() {
        Map<String, String> template = k8s.secretTemplate(SECRETS);
        assertThat(template).containsKeys("JWT_SECRET", "ADMIN_PASSWORD", "ARTICLES_MONGODB_URI", "COMMENTS_MONGODB_URI", "GATEWAY_MONGODB_URI");
        assertThat(template.get("JWT_SECRET")).as("a placeholder the services refuse (under 32 characters)").hasSizeLessThan(32);
        assertThat(template.get("ADMIN_PASSWORD")).as("no known admin password").isEmpty();
        assertThat(template.get("ARTICLES_MONGODB_URI")).contains("REPLACE");
        assertThat(template.get("COMMENTS_MONGODB_URI")).contains("REPLACE");
        assertThat(template.get("GATEWAY_MONGODB_URI")).contains("REPLACE");
        for (String file : k8s.secretFiles(SECRETS)) {
            assertThat(Repo.gitIgnores(file)).as(file + " is git-ignored").isTrue();
            assertThat(Dockerfile.dockerignoreExcludes(file)).as(file + " stays out of image builds").isTrue();
        }
    }

    @Test
    void theGatewayFindsTheServicesThroughTheirKubernetesServices() {
        Map<String, String> config = k8s.generatedConfigMap(CONFIG);
        Contract.BACKEND_URLS.forEach((variable, service) -> {
            URI uri = URI.create(config.get(variable));
            assertThat(uri.getHost()).as(variable).isEqualTo(service);
            assertThat(uri.getPort()).as(variable).isEqualTo(Tree.at(k8s.find("Service", service), "spec", "ports", 0, "port"));
            assertThat(uri.getPort()).as(variable).isEqualTo(ServiceCode.of(service).port());
        });
        assertThat(config).containsKey("TRUSTED_PROXIES");
    }

    @Test
    void everyServiceHasAServiceForItsPodsAloneOnItsPort() {
        for (String service : Contract.SERVICES) {
            Map<String, Object> kubernetesService = k8s.find("Service", service);
            Map<String, Object> selector = Map.of("matchLabels", Tree.map(kubernetesService, "spec", "selector"));
            assertPicksOnlyThePodsOf(service, selector, "Service " + service);
            Map<String, Object> port = Tree.map(kubernetesService, "spec", "ports", 0);
            assertThat(port.get("port")).isEqualTo(ServiceCode.of(service).port());
            assertThat(k8s.containerPort(service, port.getOrDefault("targetPort", port.get("port")))).isEqualTo(ServiceCode.of(service).port());
        }
    }

    @Test
    void everyServiceHasAnAutoscalerAndADisruptionBudgetForItsPods() {
        for (String service : Contract.SERVICES) {
            Map<String, Object> autoscaler = k8s.find("HorizontalPodAutoscaler", service);
            assertThat(Tree.string(autoscaler, "apiVersion")).isEqualTo("autoscaling/v2");
            assertThat(Tree.map(autoscaler, "spec", "scaleTargetRef")).containsEntry("apiVersion", "apps/v1")
                    .containsEntry("kind", "Deployment").containsEntry("name", service);
            int min = (Integer) Tree.at(autoscaler, "spec", "minReplicas");
            assertThat(min).as(service + " minReplicas").isGreaterThanOrEqualTo(2);
            assertThat((Integer) Tree.at(autoscaler, "spec", "maxReplicas")).isGreaterThan(min);
            assertThat(Tree.list(autoscaler, "spec", "metrics")).isNotEmpty();
            for (Map<String, Object> metric : Tree.maps(autoscaler, "spec", "metrics")) {
                String resource = Tree.string(metric, "resource", "name");
                if (resource != null && "Utilization".equals(Tree.string(metric, "resource", "target", "type"))) {
                    assertThat(Tree.map(k8s.container(service), "resources", "requests")).as("utilization needs a request").containsKey(resource);
                }
            }

            Map<String, Object> budget = k8s.find("PodDisruptionBudget", service);
            assertThat(Tree.string(budget, "apiVersion")).isEqualTo("policy/v1");
            assertPicksOnlyThePodsOf(service, Tree.map(budget, "spec", "selector"), "PodDisruptionBudget " + service);
            Object maxUnavailable = Tree.at(budget, "spec", "maxUnavailable");
            Object minAvailable = Tree.at(budget, "spec", "minAvailable");
            assertThat(maxUnavailable != null && !"0".equals(String.valueOf(maxUnavailable))
                    || minAvailable instanceof Integer available && available < min)
                    .as(service + ": a node drain can still evict a pod").isTrue();
        }
    }

    @Test
    void theIngressSendsEverythingToTheGatewayService() {
        List<Map<String, Object>> ingresses = k8s.all("Ingress");
        assertThat(ingresses).hasSize(1);
        Map<String, Object> ingress = ingresses.get(0);
        assertThat(Tree.string(ingress, "apiVersion")).isEqualTo("networking.k8s.io/v1");
        Map<String, Object> gatewayService = k8s.find("Service", Contract.GATEWAY);
        List<Map<String, Object>> backends = Tree.maps(ingress, "spec", "rules").stream()
                .flatMap(rule -> Tree.maps(rule, "http", "paths").stream())
                .filter(path -> "/".equals(path.get("path")) && "Prefix".equals(path.get("pathType")))
                .map(path -> Tree.map(path, "backend", "service")).toList();
        assertThat(backends).as("a Prefix / path").isNotEmpty();
        for (Map<String, Object> backend : backends) {
            assertThat(backend.get("name")).isEqualTo(Contract.GATEWAY);
            Object number = Tree.at(backend, "port", "number");
            Object name = Tree.at(backend, "port", "name");
            assertThat(number != null ? number : name).as("the gateway Service's port")
                    .isEqualTo(Tree.at(gatewayService, "spec", "ports", 0, number != null ? "port" : "name"));
        }
    }

    @Test
    void theImagesTheDeploymentsRunAreTheOnesTheKustomizationPins() {
        List<String> pinned = Tree.maps(k8s.kustomization, "images").stream().map(image -> Tree.string(image, "name")).toList();
        for (String service : Contract.SERVICES) {
            String image = Tree.string(k8s.container(service), "image");
            assertThat(pinned).contains(image.substring(0, image.lastIndexOf(':')));
        }
    }

    private void assertPicksOnlyThePodsOf(String service, Map<String, Object> selector, String what) {
        assertThat(LabelSelector.isEmpty(selector)).as(what + " selector").isFalse();
        for (String other : Contract.SERVICES) {
            assertThat(LabelSelector.matches(selector, k8s.podLabels(other))).as(what + " picks the pods of " + other).isEqualTo(other.equals(service));
        }
    }
}
