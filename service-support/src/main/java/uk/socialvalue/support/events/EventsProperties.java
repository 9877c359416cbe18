package uk.socialvalue.support.events;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a service publishes and consumes integration events.
 *
 * @param relayInterval  how often the outbox relay looks for unpublished events when nobody nudges it
 * @param relayLease     how long one relay instance holds an aggregate's outbox while it publishes
 * @param retry          how a consumer retries a record before sending it to the dead-letter topic
 * @param topicPartitions how many partitions the topics a service publishes to are created with
 */
@ConfigurationProperties("svuk.events")
public record EventsProperties(@DefaultValue("500ms") Duration relayInterval,
        @DefaultValue("30s") Duration relayLease, @DefaultValue Retry retry, @DefaultValue("3") int topicPartitions) {

    /**
     * Bounded exponential back-off for transient failures.
     *
     * @param attempts         retries after the first delivery
     * @param initialInterval  the first pause
     * @param multiplier       how each pause grows
     * @param maxInterval      the longest pause
     */
    public record Retry(@DefaultValue("4") int attempts, @DefaultValue("500ms") Duration initialInterval,
            @DefaultValue("2.0") double multiplier, @DefaultValue("5s") Duration maxInterval) {
    }
}
