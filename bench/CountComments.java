import com.mongodb.client.model.Filters;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import reactor.core.publisher.Mono;

import java.time.Duration;

/**
 * Prints how many comments (shown or held) one article has in comments-service's store, for the
 * benchmarks' reports. Run with comments-service's jar on the class path:
 *   java -cp comments-service/target/comments-service-1.0.0-SNAPSHOT.jar bench/CountComments.java MONGO_URI ARTICLE_ID
 */
public class CountComments {

    public static void main(String[] args) {
        String uri = args[0];
        try (MongoClient client = MongoClients.create(uri)) {
            String database = uri.substring(uri.lastIndexOf('/') + 1);
            long count = Mono.from(client.getDatabase(database).getCollection("comments")
                    .countDocuments(Filters.eq("articleId", args[1]))).block(Duration.ofMinutes(1));
            System.out.println(count);
        }
    }
}
