package org.newsroom.deployment;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class DockerfileTest {

    private static final Pattern HEALTH_URL = Pattern.compile("http://(?:localhost|127\\.0\\.0\\.1):(\\$\\{([A-Z_]+):-(\\d+)}|(\\d+))(/\\S*?)\"?(\\s|$)");

    @Test
    void eachImageIsBuiltFromSourceOnTheServicesJavaAndRunsOnAJreOnlyImage() {
        for (String service : Contract.SERVICES) {
            Dockerfile dockerfile = Dockerfile.of(service);
            int java = ServiceCode.of(service).javaVersion();
            assertThat(dockerfile.buildStages()).as(service + " is built in a stage of its own").isNotEmpty();
            assertThat(dockerfile.buildStages().get(0).arguments()).as(service).matches("maven:3\\.9[^ ]*-" + java + " AS \\w+");
            assertThat(dockerfile.runtimeBase()).as(service + " runs on a JRE").matches("eclipse-temurin:" + java + "(\\.[\\d.]+)?-jre(-\\w+)?");
        }
    }

    @Test
    void theImageRunsTheShadedJarItsModuleBuilds() {
        for (String service : Contract.SERVICES) {
            Dockerfile dockerfile = Dockerfile.of(service);
            String build = String.join(" && ", dockerfile.all(dockerfile.buildStages(), "RUN"));
            assertThat(build).as(service + " builds platform-support, then itself")
                    .containsPattern("platform-support\\S*\\s.*install").contains(service).contains("package");
            for (List<String> copy : dockerfile.copies(dockerfile.buildStages())) {
                for (String source : copy.subList(0, copy.size() - 1)) {
                    assertThat(Repo.exists(source)).as(service + " copies " + source).isTrue();
                    assertThat(Dockerfile.dockerignoreExcludes(source)).as(".dockerignore keeps " + source + " out").isFalse();
                }
            }
            List<String> jarCopy = dockerfile.copies(dockerfile.finalStage()).stream()
                    .filter(copy -> copy.get(0).startsWith("--from=")).findFirst().orElseThrow();
            assertThat(jarCopy.get(1)).as(service + " takes the jar mvn package leaves").endsWith("/" + ServiceCode.of(service).jar());
            List<String> entrypoint = dockerfile.entrypoint();
            assertThat(entrypoint).as(service + " ENTRYPOINT").startsWith("java").containsSubsequence("-jar", jarCopy.get(2));
        }
    }

    @Test
    void theJvmSizesItsHeapToTheContainersMemoryLimit() {
        for (String service : Contract.SERVICES) {
            String percentage = Dockerfile.of(service).entrypoint().stream().filter(flag -> flag.startsWith("-XX:MaxRAMPercentage="))
                    .map(flag -> flag.substring(flag.indexOf('=') + 1)).findFirst().orElse("none");
            assertThat(percentage).as(service + " -XX:MaxRAMPercentage").matches("[5-7]\\d(\\.\\d+)?");
        }
    }

    @Test
    void theImageRunsAsANumericNonRootUserWhoOwnsTheDataDirectory() {
        for (String service : Contract.SERVICES) {
            Dockerfile dockerfile = Dockerfile.of(service);
            String user = dockerfile.user().orElse("root");
            assertThat(user).as(service + " USER, numeric so that Kubernetes can verify runAsNonRoot").matches("\\d+(:\\d+)?");
            assertThat(user.split(":")[0]).as(service + " USER").isNotEqualTo("0");
            String dataDir = dockerfile.environment().get("DATA_DIR");
            assertThat(dataDir).as(service + " DATA_DIR").startsWith("/");
            String runs = String.join(" && ", dockerfile.all(dockerfile.finalStage(), "RUN"));
            assertThat(runs).as(service + " makes DATA_DIR its user's").contains("mkdir -p " + dataDir).containsPattern("chown \\S+ " + Pattern.quote(dataDir));
        }
    }

    @Test
    void theImageExposesAndHealthChecksTheServicesPort() {
        for (String service : Contract.SERVICES) {
            Dockerfile dockerfile = Dockerfile.of(service);
            ServiceCode code = ServiceCode.of(service);
            assertThat(dockerfile.exposedPorts()).as(service + " EXPOSE").containsExactly(code.port());
            String check = dockerfile.healthCommand();
            assertThat(check).as(service + " HEALTHCHECK").isNotNull();
            Matcher url = HEALTH_URL.matcher(check);
            assertThat(url.find()).as(service + " health check URL in " + check).isTrue();
            if (url.group(2) != null) {
                assertThat(url.group(2)).as(service + " port variable").isEqualTo(code.portVariable());
                assertThat(Integer.parseInt(url.group(3))).isEqualTo(code.port());
            } else {
                assertThat(Integer.parseInt(url.group(4))).isEqualTo(code.port());
            }
            assertThat(url.group(5)).isIn(Contract.HEALTH_PATHS).isEqualTo(Contract.READINESS);
            String tool = check.split("\\s+")[0];
            String installs = String.join(" ", dockerfile.all(dockerfile.finalStage(), "RUN"));
            boolean busyboxWget = tool.equals("wget") && dockerfile.runtimeBase().endsWith("-alpine");
            assertThat(busyboxWget || installs.matches(".*(apk add|apt-get install).*\\b" + tool + "\\b.*"))
                    .as(service + ": the image has " + tool).isTrue();
        }
    }

    @Test
    void theBuildContextLeavesOutBuildOutputSecretsAndLocalData() {
        for (String path : List.of(".git", "articles-service/target", ".env", "data", "deploy/k8s/secrets.env")) {
            assertThat(Dockerfile.dockerignoreExcludes(path)).as(".dockerignore excludes " + path).isTrue();
        }
        for (String kept : List.of("platform-support/pom.xml", "platform-support/src", "gateway/src", "comments-service/pom.xml")) {
            assertThat(Dockerfile.dockerignoreExcludes(kept)).as(".dockerignore keeps " + kept).isFalse();
        }
    }
}
