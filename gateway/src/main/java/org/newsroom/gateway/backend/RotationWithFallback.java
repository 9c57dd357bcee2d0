package org.newsroom.gateway.backend;

import io.micronaut.context.BeanContext;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.discovery.ServiceInstance;
import io.micronaut.discovery.ServiceInstanceList;
import io.micronaut.http.client.LoadBalancer;
import io.micronaut.http.client.ServiceHttpClientConfiguration;
import io.micronaut.http.client.loadbalance.ServiceInstanceListLoadBalancerFactory;
import io.micronaut.http.client.loadbalance.ServiceInstanceListRoundRobinLoadBalancer;
import io.micronaut.inject.qualifiers.Qualifiers;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Round robin over the instances that pass their health check, and over every configured instance
 * when none does. A gateway that started before its services took them out of rotation and puts
 * them back only at its next check; meanwhile an empty rotation would refuse every call although
 * the service may be up. Calls to an instance that is really down fail fast and the circuit
 * breaker decides, as without health checks.
 */
@Singleton
@Replaces(ServiceInstanceListLoadBalancerFactory.class)
public class RotationWithFallback extends ServiceInstanceListLoadBalancerFactory {

    private final BeanContext beans;

    public RotationWithFallback(BeanContext beans) {
        this.beans = beans;
    }

    @Override
    public LoadBalancer create(ServiceInstanceList rotation) {
        List<ServiceInstance> configured = beans
                .findBean(ServiceHttpClientConfiguration.class, Qualifiers.byName(rotation.getID()))
                .map(service -> service.getUrls().stream().map(url -> ServiceInstance.of(rotation.getID(), url)).toList())
                .orElse(List.of());
        return new Balancer(rotation, configured);
    }

    private static final class Balancer extends ServiceInstanceListRoundRobinLoadBalancer {

        private final ServiceInstanceList rotation;
        private final List<ServiceInstance> configured;
        private final AtomicInteger next = new AtomicInteger();

        Balancer(ServiceInstanceList rotation, List<ServiceInstance> configured) {
            super(rotation);
            this.rotation = rotation;
            this.configured = configured;
        }

        @Override
        public Publisher<ServiceInstance> select(Object discriminator) {
            if (configured.isEmpty() || !rotation.getInstances().isEmpty()) {
                return super.select(discriminator);
            }
            return Mono.just(configured.get(Math.floorMod(next.getAndIncrement(), configured.size())));
        }
    }
}
