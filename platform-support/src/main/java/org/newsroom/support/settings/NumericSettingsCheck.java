package org.newsroom.support.settings;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.env.Environment;

import java.util.List;

/**
 * Stops the start when a numeric setting is below its least value: a negative limit, window or
 * time-out would otherwise switch its protection off, or fail every call, without a word.
 */
@Context
public class NumericSettingsCheck {

    public NumericSettingsCheck(Environment environment, List<NumericSettings> lists) {
        for (NumericSettings list : lists) {
            for (NumericSetting setting : list.all()) {
                environment.getProperty(setting.property(), Long.class)
                        .filter(value -> value < setting.minimum())
                        .ifPresent(value -> {
                            throw new IllegalArgumentException(setting.variable() + " must be at least "
                                    + setting.minimum() + ", not " + value);
                        });
            }
        }
    }
}
