package org.newsroom.comments.edit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.newsroom.support.http.StrictString;

/** An author's new text for their comment. */
@Serdeable
public record ContentEdit(@Nullable @Serdeable.Deserializable(using = StrictString.class) String content) {
}
