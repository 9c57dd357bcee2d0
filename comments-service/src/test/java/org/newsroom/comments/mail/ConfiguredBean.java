package org.newsroom.comments.mail;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.PropertySource;

import java.util.Map;

/** Test-only: a settings bean as application.yml makes it from these environment variables, and nothing else. */
final class ConfiguredBean {

    private ConfiguredBean() {
    }

    static <T> T of(Class<T> type, Map<String, Object> environment) {
        try (ApplicationContext context = ApplicationContext.builder().environmentPropertySource(false).build()) {
            context.getEnvironment().addPropertySource(PropertySource.of("variables", environment));
            context.start();
            return context.getBean(type);
        }
    }
}
