package uk.socialvalue.membership.throttling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.mongodb.client.MongoDatabase;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import uk.socialvalue.support.domain.OneTimeSecret;

/**
 * The limits of {@link ThrottlingProperties}, each a Bucket4j token bucket per email address or client
 * address, refilled whole once its period has passed since it was first used. Buckets live in the
 * {@value #COLLECTION} collection, keyed by the SHA-256 of what they count (no address is stored), so every
 * instance of the service counts against the same limit. Time comes from the injected clock.
 */
@Component
public class Throttling {

    static final String COLLECTION = "throttles";
    private static final Logger log = LoggerFactory.getLogger(Throttling.class);

    private final MongoBuckets buckets;
    private final ThrottlingProperties limits;

    Throttling(MongoDatabase database, ThrottlingProperties limits, Clock clock) {
        this.limits = limits;
        TimeMeter time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                Instant now = clock.instant();
                return now.getEpochSecond() * 1_000_000_000L + now.getNano();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
        this.buckets = new MongoBuckets(database.getCollection(COLLECTION),
                ClientSideConfig.getDefault().withClientClock(time), clock, limits.longestPeriod());
    }

    /**
     * Refuses a sign-in for an email address that has had too many wrong passwords lately, whatever the
     * password this time.
     *
     * @throws TooManyRequests until the period of the first failure has passed
     */
    public void checkSignInFor(String email) {
        EstimationProbe probe = bucket("sign-in-failures", lowerCase(email), limits.failedSignInsPerEmail())
                .estimateAbilityToConsume(1);
        if (!probe.canBeConsumed()) {
            throw new TooManyRequests("Too many wrong passwords for this email address: try again later, or use "
                    + "\"Forgotten your password?\"", Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }

    /** Counts a wrong password for the email address. */
    public void failedSignInFor(String email) {
        bucket("sign-in-failures", lowerCase(email), limits.failedSignInsPerEmail()).tryConsume(1);
    }

    /** @throws TooManyRequests when the client address has tried to sign in too often lately */
    public void signInFrom(String address) {
        consume("sign-ins", address, limits.signInsPerAddress(), "Too many sign-in attempts from your address");
    }

    /** @throws TooManyRequests when the client address has applied too often lately */
    public void applicationFrom(String address) {
        consume("applications", address, limits.applicationsPerAddress(), "Too many applications from your address");
    }

    /** @throws TooManyRequests when the client address has asked for password resets too often lately */
    public void passwordResetFrom(String address) {
        consume("password-resets", address, limits.passwordResetsPerAddress(),
                "Too many password reset requests from your address");
    }

    /** Removes the buckets no one has used for longer than any period: they would be full anyway. */
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
    void removeExpired() {
        long removed = buckets.removeExpired();
        if (removed > 0) {
            log.debug("Removed {} idle throttling buckets", removed);
        }
    }

    /** Email addresses count without regard to case or surrounding spaces, as accounts compare them. */
    private static String lowerCase(String email) {
        return email == null ? "" : email.strip().toLowerCase(java.util.Locale.ROOT);
    }

    private void consume(String kind, String key, ThrottlingProperties.Limit limit, String message) {
        ConsumptionProbe probe = bucket(kind, key, limit).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new TooManyRequests(message + ": try again later", Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }

    private BucketProxy bucket(String kind, String key, ThrottlingProperties.Limit limit) {
        BucketConfiguration configuration = BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(limit.attempts())
                        .refillIntervally(limit.attempts(), limit.period()).build())
                .build();
        return buckets.builder().build(kind + ":" + OneTimeSecret.hashOf(String.valueOf(key)), () -> configuration);
    }
}
