package org.newsroom.comments.mail;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Links in mail point at SITE_URL, or, unset, at the local gateway on GATEWAY_PORT (8080 unless set). */
class SiteTest {

    private static Site configured(Map<String, Object> environment) {
        return ConfiguredBean.of(Site.class, environment);
    }

    @Test
    void withoutSiteUrlLinksGoToTheLocalGatewaysPort() {
        assertThat(configured(Map.of("GATEWAY_PORT", "9090", "DATA_DIR", "target/site-test")).link("/x")).isEqualTo("http://localhost:9090/x");
        assertThat(configured(Map.of("DATA_DIR", "target/site-test")).link("/x")).isEqualTo("http://localhost:8080/x");
    }

    @Test
    void kubernetesServiceLinksGatewayPortLeavesTheDefault() {
        // a pod next to a Service named gateway gets GATEWAY_PORT=tcp://{ip}:{port}: it must not stop the service
        assertThat(configured(Map.of("GATEWAY_PORT", "tcp://10.96.0.12:8080", "DATA_DIR", "target/site-test")).link("/x"))
                .isEqualTo("http://localhost:8080/x");
    }

    @Test
    void siteUrlWinsWithoutItsTrailingSlash() {
        assertThat(configured(Map.of("SITE_URL", "https://news.example.org/", "GATEWAY_PORT", "9090", "DATA_DIR", "target/site-test"))
                .link("/x")).isEqualTo("https://news.example.org/x");
    }
}
