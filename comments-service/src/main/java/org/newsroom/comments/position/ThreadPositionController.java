package org.newsroom.comments.position;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.newsroom.comments.ObjectIds;
import reactor.core.publisher.Mono;

/** Which page of its article's threads shows a comment, so a link to it can name that page. */
@Controller("/comments/{id}/position")
@Secured(SecurityRule.IS_ANONYMOUS)
public class ThreadPositionController {

    private final ThreadPositions positions;

    public ThreadPositionController(ThreadPositions positions) {
        this.positions = positions;
    }

    @Get
    public Mono<ThreadPosition> position(String id, @QueryValue(defaultValue = "20") @Min(1) @Max(100) int size) {
        return ObjectIds.isValid(id) ? positions.of(id, size) : Mono.empty();
    }
}
