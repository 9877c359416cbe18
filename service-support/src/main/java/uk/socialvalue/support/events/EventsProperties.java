package uk.socialvalue.support.events;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a service publishes and consumes integration events.
 *
 * @param relayInterval   how often the outbox relay looks at every outbox for unpublished events: those no
 *                        nudge named (another instance's cut short, a retry now due); it also looks at start-up
 *                        and when an outage ends. A write's own events go at once, by its nudge. Each look reads
 *                        every outbox collection whole on the embedded store, holding up writes to it meanwhile,
 *                        so looks are half a minute apart
 * @param relayLease      how long one relay instance holds an aggregate's outbox without renewing it (each event
 *                        published renews it); longer than a send may take
 * @param relayRetry      how the relay retries an event that fails for a reason of its own, then parks it
 * @param retry           how a consumer retries a record that failed for a reason of its own before sending
 *                        it to the dead-letter topic
 * @param outageRetry     how a consumer waits for the store, broker or mail server to come back: for as long
 *                        as it takes, never dead-lettering what it could not do meanwhile
 * @param topics          how the topics a service publishes to and reads from, and its dead-letter topics, are
 *                        created
 */
@ConfigurationProperties("svuk.events")
public record EventsProperties(@DefaultValue("30s") Duration relayInterval,
        @DefaultValue("60s") Duration relayLease, @DefaultValue RelayRetry relayRetry, @DefaultValue Retry retry, @DefaultValue OutageRetry outageRetry,
        @DefaultValue TopicSettings topics) {

    /**
     * Bounded exponential back-off for a record that failed for a reason of its own (not an outage, not
     * unreadable): then it goes to the dead-letter topic, where staff can replay it once the cause is fixed.
     *
     * @param attempts         retries after the first delivery
     * @param initialInterval  the first pause
     * @param multiplier       how each pause grows
     * @param maxInterval      the longest pause
     */
    public record Retry(@DefaultValue("4") int attempts, @DefaultValue("500ms") Duration initialInterval,
            @DefaultValue("2.0") double multiplier, @DefaultValue("5s") Duration maxInterval) {
    }

    /**
     * How the outbox relay retries an event that fails for a reason of its own (a denied or missing topic, a
     * record too large, a malformed entry; never an outage, which is waited out): with a doubling pause, kept
     * in the aggregate's document so that other aggregates go on meanwhile, then parked for staff.
     *
     * @param parkAfter     how many attempts in all before it is parked (about a minute with the defaults)
     * @param firstBackOff  the pause after its first failure
     * @param maxBackOff    the longest pause
     */
    public record RelayRetry(@DefaultValue("6") int parkAfter, @DefaultValue("2s") Duration firstBackOff,
            @DefaultValue("1m") Duration maxBackOff) {
    }

    /**
     * Unbounded, capped exponential back-off while something the service depends on is unavailable: the
     * record is tried again, the partition waiting behind it, until the outage ends.
     *
     * @param initialInterval  the first pause
     * @param multiplier       how each pause grows
     * @param maxInterval      the longest pause, which bounds how late the service notices the end of an outage
     */
    public record OutageRetry(@DefaultValue("1s") Duration initialInterval, @DefaultValue("2.0") double multiplier,
            @DefaultValue("30s") Duration maxInterval) {
    }

    /**
     * How topics are created at start-up (a topic that exists is never changed, but for more partitions). The
     * defaults suit a production cluster of three brokers or more: every record on three brokers, and a write
     * acknowledged ({@code acks=all}) only once two have it, so one broker can fail without losing anything or
     * stopping writes. The local stack and the tests run one broker and set 1 and 1.
     *
     * @param partitions           partitions of every topic: the parallelism of each consumer group
     * @param replicationFactor    copies of every record, on as many brokers
     * @param minInsyncReplicas    copies that must have a record before it is acknowledged
     * @param deadLetterRetention  how long a dead-letter topic keeps a record (each service copies its dead
     *                             letters into its store at once; this is the margin for a store outage)
     * @param accountsRetention    how long {@code membership.accounts}, which carries single-use set-password
     *                             links, keeps a record: a little longer than the links live (72 h), no longer
     * @param peopleRetention      how long {@code membership.people} keeps a record: every instance reads the
     *                             revocations of the last access-token lifetime at start-up, and every service's
     *                             consumer must have read an erasure before it goes
     */
    public record TopicSettings(@DefaultValue("3") int partitions, @DefaultValue("3") short replicationFactor,
            @DefaultValue("2") int minInsyncReplicas, @DefaultValue("28d") Duration deadLetterRetention,
            @DefaultValue("7d") Duration accountsRetention, @DefaultValue("7d") Duration peopleRetention) {
    }
}
