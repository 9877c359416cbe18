package uk.socialvalue.support.events;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.kafka.config.TopicBuilder;

/**
 * How the platform's topics of business facts are declared, the same way by every service that creates one
 * (whichever service starts first creates it; a declaration never changes a topic that exists).
 */
public final class EventTopics {

    /** Partitions of a business-fact topic: the parallelism of each consumer group. */
    public static final int PARTITIONS = 3;

    private EventTopics() {
    }

    /**
     * A topic whose records are kept for ever and never compacted: read models such as membership-service's
     * engagement view are rebuilt by replaying it from the beginning, which needs every event, not the latest
     * per key.
     */
    public static NewTopic withFullHistory(String name) {
        return TopicBuilder.name(name).partitions(PARTITIONS)
                .config(TopicConfig.RETENTION_MS_CONFIG, "-1")
                .config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE)
                .build();
    }
}
