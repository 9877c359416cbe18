package uk.socialvalue.support.events;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.kafka.config.TopicBuilder;

import uk.socialvalue.contracts.Topics;

/**
 * How every topic of the platform is declared, the same way by every service that declares it (whichever
 * starts first creates it; a declaration never changes a topic that exists): partitions, replication and
 * {@code min.insync.replicas} from {@link EventsProperties.TopicSettings}, and a retention stated for each:
 * <ul>
 *   <li>topics of business facts ({@link Topics#keepsFullHistory}) keep their full history
 *       ({@code retention.ms=-1}, never compacted): read models such as the engagement view are rebuilt by
 *       replaying them from the beginning;</li>
 *   <li>{@value Topics#MEMBERSHIP_ORGANISATION_STATE} is compacted: the newest state of every organisation is
 *       kept for ever, older ones go;</li>
 *   <li>{@value Topics#MEMBERSHIP_ACCOUNTS} keeps a record a little longer than its single-use links live,
 *       and {@value Topics#MEMBERSHIP_PEOPLE} (revocations, erasure) as long as {@code people-retention} says;</li>
 *   <li>dead-letter topics keep a record for {@code dead-letter-retention}.</li>
 * </ul>
 */
public final class TopicDeclarations {

    private static final String DEAD_LETTER_SUFFIX = ".dlt";

    private final EventsProperties.TopicSettings settings;

    public TopicDeclarations(EventsProperties.TopicSettings settings) {
        this.settings = settings;
    }

    public NewTopic of(String topic) {
        TopicBuilder builder = TopicBuilder.name(topic).partitions(settings.partitions())
                .replicas(settings.replicationFactor())
                .config(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, String.valueOf(settings.minInsyncReplicas()));
        if (topic.endsWith(DEAD_LETTER_SUFFIX)) {
            return retainedFor(builder, settings.deadLetterRetention().toMillis());
        }
        if (topic.equals(Topics.MEMBERSHIP_ORGANISATION_STATE)) {
            return builder.config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT).build();
        }
        if (Topics.keepsFullHistory(topic)) {
            return retainedFor(builder, -1);
        }
        if (topic.equals(Topics.MEMBERSHIP_PEOPLE)) {
            return retainedFor(builder, settings.peopleRetention().toMillis());
        }
        // membership.accounts, and any topic not named above: kept no longer than a single-use link needs.
        return retainedFor(builder, settings.accountsRetention().toMillis());
    }

    private static NewTopic retainedFor(TopicBuilder builder, long millis) {
        return builder.config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE)
                .config(TopicConfig.RETENTION_MS_CONFIG, String.valueOf(millis)).build();
    }
}
