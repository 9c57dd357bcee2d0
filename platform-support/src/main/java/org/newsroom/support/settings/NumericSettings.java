package org.newsroom.support.settings;

import java.util.List;

/** The numeric settings a service reads, each with its least value: listed by each service. */
public interface NumericSettings {

    List<NumericSetting> all();
}
