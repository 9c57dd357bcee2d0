package org.newsroom.deployment;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DockerfileTest {

    @Test
    void eachServiceImageRunsAsANonRootUserOnASmallJreAndExposesItsPort() {
        for (String service : Repo.SERVICES) {
            String dockerfile = Repo.read(service + "/Dockerfile");
            assertThat(dockerfile).as(service).contains("FROM eclipse-temurin:17-jre").contains("AS build")
                    .containsPattern("(?m)^USER app$")
                    .contains("EXPOSE " + Repo.defaultPort(service))
                    .contains("http://localhost:" + Repo.defaultPort(service) + "/health/readiness")
                    .contains("-pl " + service + " -am package")
                    .contains(service + "-1.0.0-SNAPSHOT.jar");
        }
    }

    @Test
    void buildContextLeavesOutBuildOutputSecretsAndData() {
        assertThat(Repo.read(".dockerignore").lines()).contains("**/target", ".env", "data", ".git");
    }
}
