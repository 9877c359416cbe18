package uk.socialvalue.support.events;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.kafka.config.TopicBuilder;

import uk.socialvalue.contracts.Topics;

/**
 * How a topic of the platform is declared, the same way by every service that creates it (whichever service
 * starts first creates it; a declaration never changes a topic that exists).
 */
public final class EventTopics {

    private EventTopics() {
    }

    /**
     * The topic with the given partitions; one that {@linkplain Topics#keepsFullHistory keeps its full history}
     * is kept for ever and never compacted, since a replay from the beginning needs every event, not the latest
     * per key.
     */
    public static NewTopic declare(String name, int partitions) {
        TopicBuilder topic = TopicBuilder.name(name).partitions(partitions);
        if (Topics.keepsFullHistory(name)) {
            topic.config(TopicConfig.RETENTION_MS_CONFIG, "-1")
                    .config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE);
        }
        return topic.build();
    }
}
