package uk.socialvalue.support.events;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.admin.NewTopic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.MessageListenerContainer;

import uk.socialvalue.contracts.Topics;
import uk.socialvalue.support.outage.Outages;
import uk.socialvalue.support.outbox.OutboxCollection;

/**
 * Declares at start-up, before any listener starts, every topic the service touches, as
 * {@link TopicDeclarations} says: those its outboxes publish to, those its listeners read, and a dead-letter
 * topic for each topic and consumer group ({@code <topic>.<group>.dlt}). Nothing relies on the broker creating
 * a topic on first use, which managed clusters (and the local stack) do not do.
 * <p>
 * When Kafka is unavailable at start-up the service starts anyway (its relay and listeners wait for Kafka)
 * and declares the topics in the background as soon as Kafka answers; a dead-letter topic is in any case
 * declared before the first record is sent to it. A declaration Kafka refuses (say, more replicas than
 * brokers) stops start-up: the service would otherwise run with topics it cannot use.
 */
public class TopicProvisioning implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TopicProvisioning.class);

    private static final long RETRY_PAUSE_MILLIS = 10_000;

    private final KafkaAdmin admin;
    private final TopicDeclarations declarations;
    private final ObjectProvider<OutboxCollection> outboxes;
    private final KafkaListenerEndpointRegistry listeners;
    private final Set<String> declared = ConcurrentHashMap.newKeySet();
    private volatile boolean running;

    /** @param outboxes  looked up at start-up, not before: a configuration may declare them beside its listeners */
    public TopicProvisioning(KafkaAdmin admin, TopicDeclarations declarations, ObjectProvider<OutboxCollection> outboxes,
            KafkaListenerEndpointRegistry listeners) {
        this.admin = admin;
        this.declarations = declarations;
        this.outboxes = outboxes;
        this.listeners = listeners;
    }

    /** The dead-letter topic of a topic and consumer group, declared first if it was not yet. */
    public String deadLetterTopic(String topic, String group) {
        String deadLetters = Topics.deadLetterTopic(topic, group);
        if (!declared.contains(deadLetters)) {
            declare(List.of(deadLetters));
        }
        return deadLetters;
    }

    /**
     * Every topic the service publishes to or reads from, and its dead-letter topics; always
     * {@value Topics#MEMBERSHIP_PEOPLE}, which every instance reads without a listener (the revocation feed).
     */
    Set<String> topics() {
        Set<String> topics = new LinkedHashSet<>();
        topics.add(Topics.MEMBERSHIP_PEOPLE);
        outboxes.forEach(outbox -> topics.addAll(outbox.topics()));
        for (MessageListenerContainer container : listeners.getListenerContainers()) {
            String[] read = container.getContainerProperties().getTopics();
            if (read == null) {
                continue; // a pattern, as for the dead-letter topics themselves
            }
            for (String topic : read) {
                topics.add(topic);
                topics.add(Topics.deadLetterTopic(topic, container.getGroupId()));
            }
        }
        return topics;
    }

    private void declare(Collection<String> topics) {
        admin.createOrModifyTopics(topics.stream().map(declarations::of).toArray(NewTopic[]::new));
        declared.addAll(topics);
    }

    @Override
    public void start() {
        running = true;
        Set<String> topics = topics();
        try {
            declare(topics);
            log.info("Declared topics {}", topics);
        } catch (RuntimeException e) {
            if (!Outages.isOutage(e)) {
                throw new IllegalStateException("Kafka refused the topics " + topics + ": " + e.getMessage()
                        + " (see svuk.events.topics.*)", e);
            }
            log.warn("Kafka is unavailable: topics {} will be declared when it is back ({})", topics, e.getMessage());
            Thread retrying = new Thread(() -> declareOnceKafkaAnswers(topics), "topic-provisioning");
            retrying.setDaemon(true);
            retrying.start();
        }
    }

    private void declareOnceKafkaAnswers(Set<String> topics) {
        while (running && !declared.containsAll(topics)) {
            try {
                Thread.sleep(RETRY_PAUSE_MILLIS);
                declare(topics);
                log.info("Declared topics {} now that Kafka is back", topics);
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.debug("Kafka is still unavailable: {}", e.getMessage());
            }
        }
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /**
     * Before everything that reads a topic: the revocation feed ({@code DEFAULT_PHASE - 2048}), the web server
     * ({@code DEFAULT_PHASE - 1024}) and the listener containers.
     */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }
}
