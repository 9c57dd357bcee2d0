package org.newsroom.comments;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoCommandException;
import com.mongodb.MongoWriteException;

/** Whether a write failed on a unique index, the way atomic claims and idempotent inserts here detect a collision. */
public final class DuplicateKey {

    private static final int DUPLICATE_KEY = 11000;

    private DuplicateKey() {
    }

    public static boolean in(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if ((cause instanceof MongoWriteException write && write.getError().getCategory() == ErrorCategory.DUPLICATE_KEY)
                    || (cause instanceof MongoCommandException command && command.getErrorCode() == DUPLICATE_KEY)) {
                return true;
            }
            if (cause == cause.getCause()) {
                return false;
            }
        }
        return false;
    }
}
