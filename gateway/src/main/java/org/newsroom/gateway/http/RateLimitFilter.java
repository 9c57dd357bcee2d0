package org.newsroom.gateway.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import org.newsroom.gateway.pages.MessagePages;
import org.newsroom.support.http.ClientBlocks;

import java.time.Duration;

/**
 * {@code RATE_LIMIT_PER_SECOND} sustained {@code /api} requests (and page form posts) per client IP, with bursts of twice
 * that; beyond it, 429 with Retry-After. A page or a page's form post goes on to its controller, which shows the refusal
 * in words ({@link PageForms}); a search from the front page ({@code /?q=}) too many gets a 429 page. 0 turns the limit off.
 */
@ServerFilter({"/api/**", "/articles/*/comments", "/articles/*/comments/*/edit", "/"})
public class RateLimitFilter implements Ordered {

    private final long perSecond;
    private final TrustedProxies proxies;
    private final MessagePages messages;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterAccess(Duration.ofMinutes(10))
            .build();

    public RateLimitFilter(@Value("${gateway.rate-limit-per-second:50}") long perSecond, TrustedProxies proxies, MessagePages messages) {
        this.perSecond = perSecond;
        this.proxies = proxies;
        this.messages = messages;
    }

    @RequestFilter
    @Nullable
    public HttpResponse<?> limit(HttpRequest<?> request) {
        if (perSecond <= 0 || isFrontPageWithoutSearch(request)) {
            return null;
        }
        Bucket bucket = buckets.get(ClientBlocks.of(proxies.clientIp(request)), client -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perSecond * 2).refillGreedy(perSecond, Duration.ofSeconds(1)).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return null;
        }
        long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        if (request.getPath().equals("/")) {
            Rendered slowDown = messages.of(429, "Too many searches", "Too many searches from your address; please try again in "
                    + seconds + (seconds == 1 ? " second." : " seconds.")).withRetryAfter(String.valueOf(seconds));
            return Responses.of(slowDown, request).header("Cache-Control", "no-store");
        }
        if (PageForms.isPageRequest(request)) {
            PageForms.refuseAsTooFast(request, String.valueOf(seconds));
            return null;
        }
        Rendered tooMany = Rendered.problem(429, "Too Many Requests", "Too many requests from your address; slow down.")
                .withRetryAfter(String.valueOf(seconds));
        return Responses.of(tooMany, request);
    }

    /** The front page is a search only with a {@code q} that has words (a search reaches articles-service uncached). */
    private static boolean isFrontPageWithoutSearch(HttpRequest<?> request) {
        String q = request.getParameters().get("q");
        return request.getPath().equals("/") && (q == null || q.isBlank());
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.after();
    }
}
