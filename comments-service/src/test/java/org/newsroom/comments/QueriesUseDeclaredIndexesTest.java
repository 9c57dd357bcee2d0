package org.newsroom.comments;

import com.mongodb.reactivestreams.client.MongoDatabase;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.newsroom.support.mongo.EmbeddedMongo;
import org.newsroom.support.mongo.ReadCost;
import org.newsroom.support.testing.Http;
import org.newsroom.support.testing.QueryShapes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsroom.comments.CommentCalls.email;
import static org.newsroom.comments.CommentCalls.form;

/**
 * Every query the service issues — filter and sort, recorded from the driver's commands while each
 * endpoint is used and the sweep of deletions under way runs — is served by an index the service
 * declares (so it stays cheap on a real MongoDB), and the embedded store answers them all without a
 * collection scan.
 */
@MicronautTest(transactional = false)
class QueriesUseDeclaredIndexesTest {

    @Inject
    CommentCalls calls;

    @Inject
    QueryShapeRecorder recorder;

    @Inject
    MongoDatabase database;

    @Inject
    EmbeddedMongo embedded;

    @Inject
    AdjustableClock clock;

    @Inject
    CommentDeletion deletion;

    @Test
    void everyQueryOfEveryEndpointIsServedByADeclaredIndex() {
        recorder.shapes.reset();
        ReadCost before = embedded.readCost(database.getName(), "comments");
        useEveryEndpoint();

        assertThat(recorder.shapes.shapes()).hasSizeGreaterThan(8);
        assertThat(recorder.shapes.unserved(QueryShapes.declaredIndexes(database))).isEmpty();
        assertThat(embedded.readCost(database.getName(), "comments").since(before).collectionScans()).isZero();
    }

    private void useEveryEndpoint() {
        Http http = calls.http;
        String article = new ObjectId().toHexString();
        String top = calls.approved(article, "A top-level comment", null);
        String reply = calls.approved(article, "A reply", top);
        calls.approved(article, "A reply to the reply", reply);
        String email = email();
        Http.Reply held = calls.post(article, form(email, "A first comment from a new reader", null));
        assertThat(held.status()).isEqualTo(201);
        clock.advance(java.time.Duration.ofMinutes(1));
        assertThat(calls.setStatus(calls.id(held), "approved").status()).isEqualTo(200);
        assertThat(calls.post(article, form(email, "A returning reader", null)).status()).isEqualTo(201);
        assertThat(calls.post(article, form(email, "A returning reader", null)).status()).isIn(409, 429);

        calls.page(article);
        assertThat(http.get("/articles/" + article + "/comments?page=2&size=1").status()).isEqualTo(200);
        assertThat(http.get("/comments/" + top).status()).isEqualTo(200);
        assertThat(http.get("/comments/" + reply + "/position").status()).isEqualTo(200);
        assertThat(http.get("/counts?articleIds=" + article + "," + new ObjectId().toHexString()).status()).isEqualTo(200);
        assertThat(http.get("/latest-comments?limit=5&threadsPerPage=20").status()).isEqualTo(200);
        assertThat(http.get("/latest-comments?limit=5&excludeArticleIds=" + new ObjectId().toHexString()).status()).isEqualTo(200);
        assertThat(http.get("/latest-comments?articleId=" + article).status()).isEqualTo(200);
        calls.moderated("status=pending");
        calls.moderated("status=approved&article=the-slug&page=1&size=5");
        assertThat(http.get("/moderation/counts", calls.moderator).status()).isEqualTo(200);
        assertThat(calls.setStatus(top, "spam").status()).isEqualTo(200);
        assertThat(calls.setStatus(top, "approved").status()).isEqualTo(200);
        assertThat(calls.delete(reply).status()).isEqualTo(204);
        assertThat(deletion.mark(top).block(java.time.Duration.ofSeconds(20))).isTrue();
        deletion.finishDeletionsUnderWay();
        assertThat(http.send(HttpRequest.DELETE("/articles/" + article + "/comments").bearerAuth(calls.moderator)).status())
                .isEqualTo(204);
    }
}
