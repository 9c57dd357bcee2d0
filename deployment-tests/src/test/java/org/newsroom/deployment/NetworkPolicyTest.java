package org.newsroom.deployment;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What the NetworkPolicies let through, worked out as Kubernetes does: allowed if any policy selecting the pod allows it. */
class NetworkPolicyTest {

    private static final int MONGODB_PORT = 27017;
    private static final String INGRESS = "Ingress";
    private static final String EGRESS = "Egress";

    private final Kubernetes k8s = new Kubernetes();

    @Test
    void everythingInTheNamespaceIsDeniedUnlessAPolicyAllowsIt() {
        assertThat(k8s.all("NetworkPolicy")).as("a default-deny policy").anyMatch(policy ->
                LabelSelector.isEmpty(Tree.map(policy, "spec", "podSelector"))
                        && policyTypes(policy).containsAll(List.of(INGRESS, EGRESS))
                        && Tree.list(policy, "spec", "ingress").isEmpty() && Tree.list(policy, "spec", "egress").isEmpty());
    }

    @Test
    void onlyGatewayPodsReachTheServicesAndOnlyOnTheirPort() {
        for (String service : Contract.BACKENDS) {
            List<Map<String, Object>> rules = rules(service, INGRESS, "ingress");
            assertThat(isolated(service, INGRESS)).as(service + " is isolated for ingress").isTrue();
            assertThat(rules).as(service + " admits the gateway").isNotEmpty();
            for (Map<String, Object> rule : rules) {
                List<Map<String, Object>> peers = Tree.maps(rule, "from");
                assertThat(peers).as(service + ": a rule without 'from' admits everyone").isNotEmpty();
                for (Map<String, Object> peer : peers) {
                    assertThat(peer).as(service + ": only a pod selector in this namespace").containsOnlyKeys("podSelector");
                    for (String other : Contract.SERVICES) {
                        assertThat(LabelSelector.matches(Tree.map(peer, "podSelector"), k8s.podLabels(other)))
                                .as(service + " admits " + other).isEqualTo(other.equals(Contract.GATEWAY));
                    }
                }
                assertThat(ports(rule)).as(service + " ports").containsExactly(ServiceCode.of(service).port());
            }
        }
    }

    @Test
    void theGatewayTakesTrafficOnlyFromTheIngressControllersNamespace() {
        assertThat(isolated(Contract.GATEWAY, INGRESS)).isTrue();
        for (Map<String, Object> rule : rules(Contract.GATEWAY, INGRESS, "ingress")) {
            List<Map<String, Object>> peers = Tree.maps(rule, "from");
            assertThat(peers).isNotEmpty();
            for (Map<String, Object> peer : peers) {
                assertThat(peer).containsOnlyKeys("namespaceSelector");
                assertThat(LabelSelector.isEmpty(Tree.map(peer, "namespaceSelector"))).as("one namespace, not all").isFalse();
            }
            assertThat(ports(rule)).containsExactly(ServiceCode.of(Contract.GATEWAY).port());
        }
    }

    @Test
    void theGatewayMayCallEveryServiceAndMongoDbForItsSignInCountsAndNothingElse() {
        for (String service : Contract.BACKENDS) {
            int port = ServiceCode.of(service).port();
            assertThat(egressAllows(Contract.GATEWAY, k8s.podLabels(service), port)).as("gateway -> " + service + ":" + port).isTrue();
        }
        assertThat(isolated(Contract.GATEWAY, EGRESS)).as("the gateway is isolated for egress").isTrue();
        List<Map<String, Object>> rules = rules(Contract.GATEWAY, EGRESS, "egress");
        assertThat(rules).as("the gateway reaches MongoDB").anyMatch(rule -> ports(rule).contains(MONGODB_PORT));
        List<Integer> allowed = List.of(MONGODB_PORT, 53, ServiceCode.of("articles-service").port(), ServiceCode.of("comments-service").port());
        assertThat(rules).as("gateway egress ports").allMatch(rule -> !ports(rule).isEmpty() && allowed.containsAll(ports(rule)));
    }

    @Test
    void theServicesReachMongoDbAndNothingElseButNames() {
        for (String service : Contract.BACKENDS) {
            assertThat(isolated(service, EGRESS)).as(service + " is isolated for egress").isTrue();
            List<Map<String, Object>> rules = rules(service, EGRESS, "egress");
            assertThat(rules).as(service + " reaches MongoDB").anyMatch(rule -> ports(rule).contains(MONGODB_PORT));
            assertThat(rules).as(service + " egress ports").allMatch(rule -> !ports(rule).isEmpty()
                    && List.of(MONGODB_PORT, 53).containsAll(ports(rule)));
        }
    }

    @Test
    void everyPodIsolatedForEgressMayStillResolveNames() {
        for (String service : Contract.SERVICES) {
            if (isolated(service, EGRESS)) {
                assertThat(rules(service, EGRESS, "egress")).as(service + " DNS").anyMatch(rule ->
                        Tree.maps(rule, "ports").stream().anyMatch(port -> Integer.valueOf(53).equals(port.get("port"))
                                && "UDP".equals(port.get("protocol"))));
            }
        }
    }

    private List<Map<String, Object>> selecting(String deployment, String type) {
        return k8s.all("NetworkPolicy").stream()
                .filter(policy -> LabelSelector.matches(Tree.map(policy, "spec", "podSelector"), k8s.podLabels(deployment)))
                .filter(policy -> policyTypes(policy).contains(type))
                .toList();
    }

    private boolean isolated(String deployment, String type) {
        return !selecting(deployment, type).isEmpty();
    }

    private List<Map<String, Object>> rules(String deployment, String type, String field) {
        return selecting(deployment, type).stream().flatMap(policy -> Tree.maps(policy, "spec", field).stream()).toList();
    }

    /** Kubernetes' default: Ingress always, Egress when the policy has egress rules. */
    private static List<String> policyTypes(Map<String, Object> policy) {
        List<String> types = Tree.strings(policy, "spec", "policyTypes");
        if (!types.isEmpty()) {
            return types;
        }
        return Tree.at(policy, "spec", "egress") == null ? List.of(INGRESS) : List.of(INGRESS, EGRESS);
    }

    private static List<Integer> ports(Map<String, Object> rule) {
        return Tree.maps(rule, "ports").stream().map(port -> (Integer) port.get("port")).toList();
    }

    private boolean egressAllows(String from, Map<String, Object> targetLabels, int port) {
        if (!isolated(from, EGRESS)) {
            return true;
        }
        return rules(from, EGRESS, "egress").stream().anyMatch(rule -> {
            boolean portOpen = ports(rule).isEmpty() || ports(rule).contains(port);
            List<Map<String, Object>> peers = Tree.maps(rule, "to");
            boolean peerOpen = peers.isEmpty() || peers.stream().anyMatch(peer -> peer.containsKey("podSelector")
                    && !peer.containsKey("namespaceSelector") && LabelSelector.matches(Tree.map(peer, "podSelector"), targetLabels));
            return portOpen && peerOpen;
        });
    }
}
