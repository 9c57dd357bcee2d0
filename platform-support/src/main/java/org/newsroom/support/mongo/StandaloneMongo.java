package org.newsroom.support.mongo;

import de.bwaldvogel.mongo.MongoServer;

import java.nio.file.Path;

/**
 * mongo-java-server as a process of its own, standing in for a shared MongoDB when several
 * service instances must use one store (scale-out tests). Usage: {@code StandaloneMongo PORT [DIR]}.
 */
public final class StandaloneMongo {

    private StandaloneMongo() {
    }

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        var store = args.length > 1
                ? EmbeddedMongo.openFile(Path.of(args[1]), EmbeddedMongo.DEFAULT_CACHE_MB)
                : new org.h2.mvstore.MVStore.Builder().open();
        MongoServer server = new MongoServer(DurableH2Backend.open(store));
        server.bind("127.0.0.1", port);
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown));
        System.out.println("mongo-java-server listening on 127.0.0.1:" + port);
    }
}
