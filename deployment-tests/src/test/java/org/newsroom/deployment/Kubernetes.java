package org.newsroom.deployment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The kustomization under deploy/k8s as written (before kustomize names generated objects after
 * their content): the resources it lists, and the ConfigMap and Secret it generates from env files.
 */
final class Kubernetes {

    static final String DIR = "deploy/k8s/";
    /** The Secret's values live in an env file that is never committed; its template sits beside it. */
    static final String TEMPLATE_SUFFIX = ".example";

    final Map<String, Object> kustomization = Repo.yaml(DIR + "kustomization.yaml");
    final List<Map<String, Object>> resources = new ArrayList<>();

    Kubernetes() {
        for (String file : Tree.strings(kustomization, "resources")) {
            resources.addAll(Repo.yamlDocuments(DIR + file));
        }
    }

    List<Map<String, Object>> all(String kind) {
        return resources.stream().filter(resource -> kind.equals(resource.get("kind"))).toList();
    }

    Map<String, Object> find(String kind, String name) {
        return all(kind).stream().filter(resource -> name.equals(Tree.string(resource, "metadata", "name")))
                .findFirst().orElseThrow(() -> new AssertionError("deploy/k8s has no " + kind + " " + name));
    }

    Map<String, Object> podSpec(String deployment) {
        return Tree.map(find("Deployment", deployment), "spec", "template", "spec");
    }

    Map<String, Object> podLabels(String deployment) {
        return Tree.map(find("Deployment", deployment), "spec", "template", "metadata", "labels");
    }

    Map<String, Object> container(String deployment) {
        List<Map<String, Object>> containers = Tree.maps(podSpec(deployment), "containers");
        return containers.stream().filter(container -> deployment.equals(container.get("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("Deployment " + deployment + " has no container named " + deployment));
    }

    /** The container port a probe or Service names, by number or by port name. */
    Integer containerPort(String deployment, Object port) {
        if (port instanceof Integer number) {
            return number;
        }
        return Tree.maps(container(deployment), "ports").stream().filter(entry -> String.valueOf(port).equals(entry.get("name")))
                .map(entry -> (Integer) entry.get("containerPort")).findFirst().orElse(null);
    }

    /** A container's explicit env entries by name (value or valueFrom). */
    Map<String, Map<String, Object>> env(String deployment) {
        Map<String, Map<String, Object>> env = new LinkedHashMap<>();
        Tree.maps(container(deployment), "env").forEach(entry -> env.put(Tree.string(entry, "name"), entry));
        return env;
    }

    Map<String, String> generatedConfigMap(String name) {
        return generated("configMapGenerator", name, "");
    }

    /** The committed template of a generated Secret. */
    Map<String, String> secretTemplate(String name) {
        return generated("secretGenerator", name, TEMPLATE_SUFFIX);
    }

    List<String> secretFiles(String name) {
        return Tree.strings(generator("secretGenerator", name), "envs").stream().map(file -> DIR + file).toList();
    }

    private Map<String, String> generated(String generatorKind, String name, String suffix) {
        Map<String, Object> generator = generator(generatorKind, name);
        Map<String, String> data = new LinkedHashMap<>();
        for (String file : Tree.strings(generator, "envs")) {
            data.putAll(Repo.envFile(DIR + file + suffix));
        }
        for (String literal : Tree.strings(generator, "literals")) {
            String[] parts = literal.split("=", 2);
            data.put(parts[0], parts[1]);
        }
        return data;
    }

    private Map<String, Object> generator(String generatorKind, String name) {
        return Tree.maps(kustomization, generatorKind).stream().filter(generator -> name.equals(generator.get("name")))
                .findFirst().orElseThrow(() -> new AssertionError("kustomization.yaml has no " + generatorKind + " " + name));
    }
}
