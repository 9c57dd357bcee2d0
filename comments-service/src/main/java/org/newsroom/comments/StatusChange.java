package org.newsroom.comments;

import org.newsroom.support.http.StrictString;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record StatusChange(@Nullable @Serdeable.Deserializable(using = StrictString.class) String status) {
}
