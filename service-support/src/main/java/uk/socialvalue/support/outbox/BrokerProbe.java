package uk.socialvalue.support.outbox;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeTopicsOptions;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Asks the broker, when a send timed out, whether the broker itself is away (an outage: wait) or the topic is
 * missing (the event's own problem: retry a few times, then park it). The producer cannot tell the two apart:
 * both surface as a timeout waiting for the topic's metadata.
 */
public interface BrokerProbe extends AutoCloseable {

    /** What the broker says of a topic. */
    enum Answer { EXISTS, MISSING, NO_ANSWER }

    Answer topic(String topic);

    @Override
    default void close() {
    }

    /** A probe through an admin client of its own, which waits for an answer no longer than the timeout. */
    static BrokerProbe of(Map<String, Object> adminConfig, Duration timeout) {
        Map<String, Object> config = new HashMap<>(adminConfig);
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        return new BrokerProbe() {

            private Admin admin;

            @Override
            public synchronized Answer topic(String topic) {
                try {
                    if (admin == null) {
                        admin = Admin.create(config);
                    }
                    admin.describeTopics(List.of(topic), new DescribeTopicsOptions().timeoutMs((int) timeout.toMillis()))
                            .allTopicNames().get(timeout.toMillis() * 2, TimeUnit.MILLISECONDS);
                    return Answer.EXISTS;
                } catch (ExecutionException e) {
                    return e.getCause() instanceof UnknownTopicOrPartitionException ? Answer.MISSING : Answer.NO_ANSWER;
                } catch (TimeoutException | RuntimeException e) {
                    return Answer.NO_ANSWER;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return Answer.NO_ANSWER;
                }
            }

            @Override
            public synchronized void close() {
                if (admin != null) {
                    admin.close(Duration.ofSeconds(5));
                }
            }
        };
    }
}
