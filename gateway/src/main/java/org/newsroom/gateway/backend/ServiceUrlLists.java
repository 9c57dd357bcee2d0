package org.newsroom.gateway.backend;

import io.micronaut.context.env.Environment;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.client.ServiceHttpClientConfiguration;
import jakarta.inject.Singleton;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ARTICLES_URL} / {@code COMMENTS_URL} read as an operator writes them: a comma-separated list
 * with or without spaces after the commas ({@code "http://a:8082, http://b:8082"}). Micronaut's own
 * reading keeps the space and drops such an entry without a word; here each entry is trimmed, and one
 * that is no http(s) URL stops the start with its position named.
 */
@Singleton
public class ServiceUrlLists implements BeanCreatedEventListener<ServiceHttpClientConfiguration> {

    private final Environment environment;

    public ServiceUrlLists(Environment environment) {
        this.environment = environment;
    }

    @Override
    public ServiceHttpClientConfiguration onCreated(BeanCreatedEvent<ServiceHttpClientConfiguration> event) {
        ServiceHttpClientConfiguration service = event.getBean();
        String name = "micronaut.http.services." + service.getServiceId() + ".urls";
        environment.getProperty(name, String.class)
                .filter(raw -> raw.indexOf(',') >= 0 || !raw.equals(raw.strip()))
                .ifPresent(raw -> service.setUrls(parse(service.getServiceId(), raw)));
        return service;
    }

    static List<URI> parse(String serviceId, String raw) {
        List<URI> urls = new ArrayList<>();
        String[] entries = raw.split(",");
        for (int i = 0; i < entries.length; i++) {
            String entry = entries[i].strip();
            if (entry.isEmpty()) {
                continue;
            }
            try {
                URI url = new URI(entry);
                if (!("http".equals(url.getScheme()) || "https".equals(url.getScheme())) || url.getHost() == null) {
                    throw new URISyntaxException(entry, "not an http(s) URL with a host");
                }
                urls.add(url);
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("the URL list of " + serviceId + " (ARTICLES_URL / COMMENTS_URL): entry "
                        + (i + 1) + " of " + entries.length + " is not an http(s) URL: " + entry);
            }
        }
        return urls;
    }
}
