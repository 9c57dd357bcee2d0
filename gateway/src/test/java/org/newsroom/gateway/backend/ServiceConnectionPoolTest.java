package org.newsroom.gateway.backend;

import io.micronaut.http.client.ServiceHttpClientConfiguration;
import io.micronaut.inject.qualifiers.Qualifiers;
import org.junit.jupiter.api.Test;
import org.newsroom.gateway.FakeBackends;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The gateway keeps at most 64 connections open to each service: a burst waits for a free one instead of opening more. */
class ServiceConnectionPoolTest {

    @Test
    void eachServiceGetsAtMost64ConnectionsFromTheGateway() {
        try (FakeBackends backends = new FakeBackends(Map.of())) {
            for (String service : List.of(Backends.ARTICLES, Backends.COMMENTS)) {
                ServiceHttpClientConfiguration configuration = backends.gateway.getApplicationContext()
                        .getBean(ServiceHttpClientConfiguration.class, Qualifiers.byName(service));

                assertThat(configuration.getConnectionPoolConfiguration().isEnabled()).as(service).isTrue();
                assertThat(configuration.getConnectionPoolConfiguration().getMaxConcurrentHttp1Connections()).as(service).isEqualTo(64);
            }
        }
    }
}
