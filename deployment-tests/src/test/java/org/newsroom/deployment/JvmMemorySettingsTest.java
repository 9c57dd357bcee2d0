package org.newsroom.deployment;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One memory budget per service everywhere: ./run (through jvm.sh, which the benchmarks share) gives
 * each JVM the budget of a container (-XX:MaxRAM) with the heap share the images use
 * (-XX:MaxRAMPercentage), and docker-compose and Kubernetes limit each service's container to that
 * budget; all use the shared jvm.options.
 */
class JvmMemorySettingsTest {

    private static final Pattern MAX_RAM = Pattern.compile("-XX:MaxRAM=(\\d+[kmg])");
    private static final Pattern PERCENTAGE = Pattern.compile("-XX:MaxRAMPercentage=([\\d.]+)");

    private final Compose compose = new Compose();
    private final Kubernetes k8s = new Kubernetes();

    @Test
    void runComposeAndKubernetesGiveEachServiceTheSameMemoryBudgetAndHeapShare() {
        String jvm = Repo.read("jvm.sh");
        long budget = Quantity.dockerBytes(group(MAX_RAM, jvm));
        String share = group(PERCENTAGE, jvm);
        assertThat(Repo.read("run")).contains("source ./jvm.sh", "@jvm.options", "${JVM_MEMORY[@]}");
        for (String service : Contract.SERVICES) {
            List<String> entrypoint = Dockerfile.of(service).entrypoint();
            assertThat(entrypoint).as(service + " ENTRYPOINT").contains("@/app/jvm.options", "-XX:MaxRAMPercentage=" + share);
            assertThat(Quantity.dockerBytes(Tree.at(compose.services().get(service), "deploy", "resources", "limits", "memory")))
                    .as(service + " compose memory limit").isEqualTo(budget);
            assertThat(Quantity.kubernetesBytes(Tree.at(k8s.container(service), "resources", "limits", "memory")))
                    .as(service + " Kubernetes memory limit").isEqualTo(budget);
        }
    }

    @Test
    void theImagesCopyTheSharedJvmOptions() {
        assertThat(Repo.exists("jvm.options")).isTrue();
        assertThat(Dockerfile.dockerignoreExcludes("jvm.options")).isFalse();
        for (String service : Contract.SERVICES) {
            assertThat(Repo.read(service + "/Dockerfile")).as(service).contains("COPY jvm.options /app/jvm.options");
        }
    }

    private static String group(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as(pattern.pattern()).isTrue();
        return matcher.group(1);
    }
}
