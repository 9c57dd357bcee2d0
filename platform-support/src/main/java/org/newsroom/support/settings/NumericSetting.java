package org.newsroom.support.settings;

/** A numeric setting by its property and the variable operators set, with the least value it takes. */
public record NumericSetting(String property, String variable, long minimum) {
}
