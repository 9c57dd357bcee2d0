package org.newsroom.comments;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import jakarta.inject.Singleton;
import org.newsroom.support.testing.QueryShapes;

/** Test-only: records the shape of every query the service sends to MongoDB (a CommandListener bean joins the client). */
@Singleton
public class QueryShapeRecorder implements CommandListener {

    final QueryShapes shapes = new QueryShapes();

    @Override
    public void commandStarted(CommandStartedEvent event) {
        shapes.commandStarted(event);
    }
}
