package org.newsroom.support.settings;

import jakarta.inject.Singleton;

import java.util.List;

/** The numeric settings all three services read: the embedded store's page cache and the import's body limit. */
@Singleton
public class SharedNumericSettings implements NumericSettings {

    @Override
    public List<NumericSetting> all() {
        return List.of(
                new NumericSetting("embedded-mongo.cache-mb", "EMBEDDED_STORE_CACHE_MB", 1),
                new NumericSetting("micronaut.server.max-request-size", "IMPORT_MAX_BODY_BYTES", 65_536));
    }
}
