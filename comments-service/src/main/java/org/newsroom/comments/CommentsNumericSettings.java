package org.newsroom.comments;

import jakarta.inject.Singleton;
import org.newsroom.support.settings.NumericSetting;
import org.newsroom.support.settings.NumericSettings;

import java.util.List;

/** comments-service's windows and limits (0 turns one off), each with its least value. */
@Singleton
class CommentsNumericSettings implements NumericSettings {

    @Override
    public List<NumericSetting> all() {
        return List.of(
                new NumericSetting("comments.flood-seconds", "COMMENT_FLOOD_SECONDS", 0),
                new NumericSetting("comments.edit-minutes", "COMMENT_EDIT_MINUTES", 0),
                new NumericSetting("comments.notify.max-per-hour", "NOTIFY_MAX_PER_HOUR", 0),
                new NumericSetting("comments.moderation.max-links", "MODERATION_MAX_LINKS", 0));
    }
}
