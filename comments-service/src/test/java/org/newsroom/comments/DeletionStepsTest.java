package org.newsroom.comments;

import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.reactivestreams.client.MongoCollection;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsroom.support.testing.Http;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A moderator's deletion step by step: the interleavings of two deletions that used to leave replies
 * under a deleted comment, driven in that order, and deletions an instance did not live to finish.
 */
@MicronautTest(transactional = false)
class DeletionStepsTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final ThreadRepair.Above APPROVED = new ThreadRepair.Above(CommentStatus.APPROVED, false);
    private static final ThreadRepair.Above DELETING = new ThreadRepair.Above(CommentStatus.APPROVED, true);

    @Inject
    CommentCalls calls;

    @Inject
    CommentDeletion deletion;

    @Inject
    CommentRepository repository;

    @Inject
    MongoCollection<Comment> collection;

    String article;
    String a;
    String b;
    String c;
    String d;
    String e;

    /** The thread A, B under A, C under B, D under C, E under D. */
    @BeforeEach
    void setUp() {
        article = new ObjectId().toHexString();
        a = calls.approved(article, "A", null);
        b = calls.approved(article, "B", a);
        c = calls.approved(article, "C", b);
        d = calls.approved(article, "D", c);
        e = calls.approved(article, "E", d);
    }

    private Comment stored(String id) {
        return repository.findById(id).block(WAIT);
    }

    /** D and E moved up under A, as readers and the store see them. */
    private void assertRepliesUnderA() {
        Comment movedD = stored(d);
        Comment movedE = stored(e);
        assertThat(List.of(movedD.parentId(), movedD.rootId(), movedD.depth(), movedD.visible())).containsExactly(a, a, 2, true);
        assertThat(movedD.ancestors()).containsExactly(a);
        assertThat(List.of(movedE.parentId(), movedE.rootId(), movedE.depth(), movedE.visible())).containsExactly(d, a, 3, true);
        assertThat(movedE.ancestors()).containsExactly(a, d);
        JsonNode thread = calls.tree(calls.http.get("/comments/" + a).body());
        assertThat(thread.get("replies").get(0).get("id").getStringValue()).isEqualTo(d);
        assertThat(thread.get("replies").get(0).get("replies").get(0).get("id").getStringValue()).isEqualTo(e);
        assertThat(calls.page(article).get("count").getNumberValue().intValue()).isEqualTo(3);
    }

    @Test
    void aMoveWorkedOutBeforeANeighboursDeletionIsNotWrittenOverIt() {
        assertThat(deletion.mark(b).block(WAIT)).isTrue();
        // what B's deletion works out for D while C is still there: under C
        UpdateOneModel<Comment> stale = ThreadRepair.movedUp(stored(d), Map.of(a, APPROVED, b, DELETING, c, APPROVED)).orElseThrow();

        assertThat(calls.delete(c).status()).isEqualTo(204);
        long written = Mono.from(collection.updateOne(stale.getFilter(), stale.getUpdate())).block(WAIT).getMatchedCount();
        deletion.finish(b).block(WAIT);

        assertThat(written).as("the stale move").isZero();
        assertRepliesUnderA();
        assertThat(calls.delete(b).status()).isEqualTo(404);
        assertThat(calls.delete(c).status()).isEqualTo(404);
    }

    @Test
    void aDeletionFinishedFirstDoesNotKeepTheOtherFromMovingRepliesPastIt() {
        assertThat(deletion.mark(b).block(WAIT)).isTrue();
        assertThat(deletion.mark(c).block(WAIT)).isTrue();

        deletion.finish(c).block(WAIT);
        deletion.finish(b).block(WAIT);

        assertRepliesUnderA();
    }

    @Test
    void aDeletionItsInstanceDidNotFinishIsFinishedByTheSweep() {
        assertThat(deletion.mark(c).block(WAIT)).isTrue();
        assertThat(calls.http.get("/comments/" + c).status()).isEqualTo(404);

        deletion.finishDeletionsUnderWay();

        assertThat(repository.findById(c).blockOptional(WAIT)).isEmpty();
        Comment movedD = stored(d);
        assertThat(movedD.parentId()).isEqualTo(b);
        assertThat(movedD.ancestors()).containsExactly(a, b);
        assertThat(stored(e).ancestors()).containsExactly(a, b, d);
        assertThat(calls.page(article).get("count").getNumberValue().intValue()).isEqualTo(4);
    }

    @Test
    void aSecondDeleteFinishesADeletionUnderWayAndAnswers404() {
        assertThat(deletion.mark(b).block(WAIT)).isTrue();

        assertThat(calls.delete(b).status()).isEqualTo(404);

        assertThat(repository.findById(b).blockOptional(WAIT)).isEmpty();
        assertThat(stored(c).ancestors()).containsExactly(a);
        assertThat(stored(e).ancestors()).containsExactly(a, c, d);
    }

    @Test
    void aCommentBeingDeletedTakesNoReplyAndNoStatusChange() {
        assertThat(deletion.mark(b).block(WAIT)).isTrue();

        Http.Reply reply = calls.http.send(CommentCalls.postRequest(article, CommentCalls.form("desk@example.org", "Too late", b),
                CommentCalls.ip()).bearerAuth(calls.moderator));
        Http.Reply approved = calls.setStatus(b, "approved");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("parentId");
        assertThat(approved.status()).isEqualTo(404);
        assertThat(stored(b).visible()).isFalse();
        assertThat(calls.http.get("/comments/" + b).status()).isEqualTo(404);
    }

    @Test
    void aStatusChangeAboveADeletionUnderWayLetsItsRepliesShowPastIt() {
        assertThat(deletion.mark(c).block(WAIT)).isTrue();

        assertThat(calls.setStatus(a, "pending").status()).isEqualTo(200);
        assertThat(stored(d).visible()).isFalse();
        assertThat(calls.setStatus(a, "approved").status()).isEqualTo(200);

        assertThat(stored(c).visible()).as("the comment being deleted").isFalse();
        assertThat(stored(d).visible()).as("its reply").isTrue();
        assertThat(stored(e).visible()).isTrue();
    }
}
