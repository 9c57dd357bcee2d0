package org.newsroom.deployment;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class ComposeFileTest {

    private static final Pattern HTTP_URL = Pattern.compile("http://([^/:\\s\"]+):(\\d+)(/[^\\s\"]*)");

    private final Compose compose = new Compose();

    @Test
    void eachServiceStoreHasItsOwnMongoDbOnAPinnedMajorVersionWithANamedVolume() {
        Set<String> databases = new HashSet<>();
        Set<Object> volumes = new HashSet<>();
        for (String service : Contract.BACKENDS) {
            ServiceCode code = ServiceCode.of(service);
            URI uri = compose.mongoUri(service);
            assertThat(uri.getScheme()).isEqualTo("mongodb");
            assertThat(uri.getPort()).as(service + " MONGODB_URI port").isEqualTo(27017);
            assertThat(uri.getPath()).as(service + ": the database is the one its embedded store uses").isEqualTo("/" + code.database());
            String database = uri.getHost();
            assertThat(databases.add(database)).as(service + " shares its MongoDB " + database).isTrue();

            Map<String, Object> mongo = compose.service(database);
            assertThat(Tree.string(mongo, "image")).as(database).matches("mongo:\\d+(\\.\\d+){0,2}");
            List<String> mounts = Tree.strings(mongo, "volumes").stream().filter(mount -> mount.matches("[^/.][^:]*:/data/db(:rw)?")).toList();
            assertThat(mounts).as(database + " keeps /data/db in a named volume").hasSize(1);
            String volume = mounts.get(0).split(":")[0];
            assertThat(Tree.map(compose.file, "volumes")).as("top-level volumes").containsKey(volume);
            assertThat(volumes.add(volume)).as(volume + " shared by two databases").isTrue();
        }
        for (String service : Contract.SERVICES) {
            assertThat(compose.services()).containsKey(service);
            assertThat(Tree.string(compose.service(service), "build", "dockerfile")).isEqualTo(service + "/Dockerfile");
        }
    }

    @Test
    void theGatewayKeepsItsSignInCountsInADatabaseOfItsOwnOnOneOfTheMongoDbs() {
        URI uri = compose.mongoUri(Contract.GATEWAY);
        assertThat(uri.getScheme()).isEqualTo("mongodb");
        assertThat(uri.getPort()).isEqualTo(27017);
        assertThat(uri.getPath()).as("the database its embedded store uses").isEqualTo("/" + ServiceCode.of(Contract.GATEWAY).database());
        for (String service : Contract.BACKENDS) {
            assertThat(uri.getPath()).as("not a service's database").isNotEqualTo(compose.mongoUri(service).getPath());
        }
        assertThat(compose.healthCommand(uri.getHost())).as(uri.getHost() + " is a health-checked MongoDB").contains("mongosh");
    }

    @Test
    void onlyTheGatewayPublishesAPort() {
        compose.services().forEach((name, service) -> {
            if (!name.equals(Contract.GATEWAY)) {
                assertThat(Tree.map(service)).as(name + " publishes no port").doesNotContainKey("ports");
            }
            assertThat(Tree.string(service, "network_mode")).as(name).isNull();
        });
        assertThat(compose.publishedContainerPorts(Contract.GATEWAY)).containsExactly(ServiceCode.of(Contract.GATEWAY).port());
    }

    @Test
    void noContainerHasAFixedNameSoEveryServiceCanBeScaled() {
        compose.services().forEach((name, service) -> assertThat(Tree.map(service)).as(name).doesNotContainKey("container_name"));
    }

    @Test
    void servicesAndDatabasesSitOnlyOnTheInternalNetworkAndTheGatewayAlsoOnAPublicOne() {
        compose.services().forEach((name, service) -> {
            List<String> networks = compose.networksOf(name);
            assertThat(networks).as(name + " is on an internal network").anyMatch(compose::isInternalNetwork);
            List<String> open = networks.stream().filter(network -> !compose.isInternalNetwork(network)).toList();
            if (name.equals(Contract.GATEWAY)) {
                assertThat(open).as("the gateway's public network").isNotEmpty();
            } else {
                assertThat(open).as(name + " networks with a way out").isEmpty();
            }
        });
    }

    @Test
    void everyContainerIsHealthCheckedTheServicesOnTheirReadinessEndpoint() {
        compose.services().forEach((name, service) -> assertThat(compose.healthCommand(name)).as(name + " health check").isNotBlank());
        for (String service : Contract.SERVICES) {
            Matcher url = HTTP_URL.matcher(compose.healthCommand(service));
            assertThat(url.find()).as(service + " checks an http URL").isTrue();
            assertThat(Integer.parseInt(url.group(2))).as(service + " health check port").isEqualTo(ServiceCode.of(service).port());
            assertThat(url.group(3)).isIn(Contract.HEALTH_PATHS).isEqualTo(Contract.READINESS);
        }
        for (String service : Contract.BACKENDS) {
            assertThat(compose.healthCommand(compose.mongoUri(service).getHost())).contains("mongosh").contains("ping");
        }
    }

    @Test
    void everyContainerStartsOnlyOnceWhatItNeedsIsHealthy() {
        compose.services().forEach((name, service) -> {
            Object dependsOn = Tree.at(service, "depends_on");
            assertThat(dependsOn == null || dependsOn instanceof Map).as(name + ": depends_on with conditions, not a bare list").isTrue();
            Tree.map(service, "depends_on").forEach((dependency, condition) ->
                    assertThat(Tree.string(condition, "condition")).as(name + " -> " + dependency).isEqualTo("service_healthy"));
        });
        assertThat(Tree.map(compose.service(Contract.GATEWAY), "depends_on")).containsKeys(Contract.BACKENDS.toArray(String[]::new));
        for (String service : Contract.BACKENDS) {
            assertThat(Tree.map(compose.service(service), "depends_on")).containsKey(compose.mongoUri(service).getHost());
        }
    }

    @Test
    void everyContainerHasAMemoryLimit() {
        compose.services().forEach((name, service) -> {
            Object limit = Tree.at(service, "deploy", "resources", "limits", "memory");
            assertThat(limit).as(name + " deploy.resources.limits.memory").isNotNull();
            assertThat(Quantity.dockerBytes(limit)).as(name).isPositive();
            Object memLimit = Tree.at(service, "mem_limit");
            if (memLimit != null) {
                assertThat(Quantity.dockerBytes(memLimit)).as(name + ": mem_limit agrees with the deploy limit").isEqualTo(Quantity.dockerBytes(limit));
            }
        });
    }

    @Test
    void everyVariableGivenToAServiceIsOneItReadsAndPortsAreItsDefaults() {
        for (String service : Contract.SERVICES) {
            ServiceCode code = ServiceCode.of(service);
            Map<String, String> environment = compose.environment(service);
            assertThat(code.variables()).as(service + " reads every variable compose gives it").containsKeys(environment.keySet().toArray(String[]::new));
            assertThat(environment.get(code.portVariable())).as(service + " " + code.portVariable()).isEqualTo(String.valueOf(code.port()));
        }
    }

    @Test
    void theGatewayFindsEveryReplicaOfAServiceByItsName() {
        Map<String, String> gateway = compose.environment(Contract.GATEWAY);
        Contract.BACKEND_URLS.forEach((variable, service) -> {
            assertThat(gateway.get(variable)).as(variable).isNotBlank();
            for (String url : gateway.get(variable).split(",")) {
                URI uri = URI.create(url.strip());
                assertThat(uri.getHost()).as(variable).isEqualTo(service);
                assertThat(uri.getPort()).as(variable).isEqualTo(ServiceCode.of(service).port());
                assertThat(uri.getPath()).as(variable + " has no path (the client drops it)").isIn("", "/");
            }
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void theGatewaySpreadsItsConnectionsOverEveryAddressOfAServiceName() {
        Map<String, Object> services = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>)
                Repo.yaml("gateway/src/main/resources/application.yml").get("micronaut")).get("http")).get("services");
        for (String client : List.of("articles", "comments")) {
            Map<String, Object> settings = (Map<String, Object>) services.get(client);
            assertThat(settings.get("dns-resolution-mode")).as(client + " dns-resolution-mode").isEqualTo("round-robin");
            assertThat(settings.get("connect-ttl")).as(client + " connect-ttl: connections move to new replicas").isNotNull();
        }
    }

    @Test
    void secretsComeFromTheUncommittedEnvFileAndCannotBeLeftOut() {
        for (String service : Contract.SERVICES) {
            assertThat(Compose.isRequiredInterpolation(compose.environment(service).get("JWT_SECRET"), "JWT_SECRET"))
                    .as(service + " JWT_SECRET: ${JWT_SECRET:?...}").isTrue();
        }
        assertThat(Compose.isRequiredInterpolation(compose.environment(Contract.GATEWAY).get("ADMIN_PASSWORD"), "ADMIN_PASSWORD")).isTrue();
        for (String service : Contract.BACKENDS) {
            assertThat(compose.environment(service)).as(service + " gets no admin secrets").doesNotContainKeys("ADMIN_PASSWORD", "ACCOUNTS");
        }
        String accounts = compose.environment(Contract.GATEWAY).get("ACCOUNTS");
        assertThat(accounts == null || accounts.startsWith("${ACCOUNTS")).as("ACCOUNTS only from .env").isTrue();

        Map<String, String> example = Repo.envFile(".env.example");
        assertThat(example).as(".env.example lists every variable the compose file reads").containsKeys(compose.interpolations().keySet().toArray(String[]::new));
        assertThat(example.get("JWT_SECRET")).as("a copied example must not start with a known secret").isEmpty();
        assertThat(example.get("ADMIN_PASSWORD")).as("a copied example must not start with a known password").isEmpty();
        assertThat(Repo.gitIgnores(".env")).as(".env is git-ignored").isTrue();
        assertThat(Repo.gitIgnores(".env.example")).isFalse();
    }

    @Test
    void theServiceContainersHaveAReadOnlyRootWithTmpAndTheDataDirectoryWritable() {
        for (String service : Contract.SERVICES) {
            Map<String, Object> container = compose.service(service);
            assertThat(container.get("read_only")).as(service + " read_only").isEqualTo(true);
            String dataDir = compose.environment(service).getOrDefault("DATA_DIR", Dockerfile.of(service).environment().get("DATA_DIR"));
            assertThat(Tree.strings(container, "tmpfs")).as(service + " tmpfs").contains("/tmp", dataDir);
        }
    }
}
