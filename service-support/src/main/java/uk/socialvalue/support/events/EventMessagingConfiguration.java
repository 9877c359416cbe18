package uk.socialvalue.support.events;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.annotation.EnableKafka;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.MicrometerConsumerListener;
import org.springframework.kafka.core.MicrometerProducerListener;
import org.springframework.kafka.listener.ContainerProperties;
import tools.jackson.databind.json.JsonMapper;

import uk.socialvalue.support.outbox.OutboxCollection;

/**
 * The Kafka side of every service: one producer for CloudEvents (idempotent, {@code acks=all}) and one
 * listener container factory, {@value #LISTENER_FACTORY}, whose listeners receive raw records; a record that
 * fails is waited on through an outage, and dead-lettered to {@code <topic>.<group>.dlt} (logged and counted)
 * only when it can never succeed or keeps failing for a reason of its own (see {@link ListenerFailures}).
 */
@AutoConfiguration(afterName = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration")
@EnableKafka
@EnableConfigurationProperties(EventsProperties.class)
public class EventMessagingConfiguration {

    /** The listener container factory for integration events. */
    public static final String LISTENER_FACTORY = "eventListenerContainerFactory";

    /**
     * The longest a publish may take: waiting for metadata ({@code max.block.ms}, 10 s) and then for delivery
     * ({@code delivery.timeout.ms}, 30 s), with a margin. The outbox relay's lease must be longer.
     */
    public static final Duration SEND_TIMEOUT = Duration.ofSeconds(45);

    @Bean
    EventCodec eventCodec(JsonMapper json, @Value("${spring.application.name}") String application) {
        return new EventCodec(json, URI.create("/svuk/" + application));
    }

    @Bean
    KafkaTemplate<String, byte[]> eventKafkaTemplate(KafkaProperties kafka, MeterRegistry meters) {
        Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        // Bounded well within SEND_TIMEOUT: a send either completes or fails while its relay still holds its lease.
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 15_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
        var factory = new DefaultKafkaProducerFactory<String, byte[]>(config);
        factory.addListener(new MicrometerProducerListener<>(meters));
        return new KafkaTemplate<>(factory);
    }

    @Bean
    TopicDeclarations topicDeclarations(EventsProperties properties) {
        return new TopicDeclarations(properties.topics());
    }

    @Bean
    TopicProvisioning topicProvisioning(KafkaAdmin admin, TopicDeclarations declarations,
            ObjectProvider<OutboxCollection> outboxes, KafkaListenerEndpointRegistry listeners) {
        return new TopicProvisioning(admin, declarations, outboxes, listeners);
    }

    @Bean(LISTENER_FACTORY)
    ConcurrentKafkaListenerContainerFactory<String, byte[]> eventListenerContainerFactory(KafkaProperties kafka,
            KafkaTemplate<String, byte[]> eventKafkaTemplate, EventsProperties properties, MeterRegistry meters,
            TopicProvisioning topics, @Value("${spring.application.name}") String application) {
        Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.putIfAbsent(ConsumerConfig.GROUP_ID_CONFIG, application);
        config.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        String group = (String) config.get(ConsumerConfig.GROUP_ID_CONFIG);

        var consumers = new DefaultKafkaConsumerFactory<String, byte[]>(config);
        // The consumers' own metrics, consumer lag among them (kafka.consumer.fetch.manager.records.lag.max).
        consumers.addListener(new MicrometerConsumerListener<>(meters));
        var factory = new ConcurrentKafkaListenerContainerFactory<String, byte[]>();
        factory.setConsumerFactory(consumers);
        // Offsets are committed after each poll's records, not after every record (a synchronous round trip to the
        // broker per event): a crash redelivers at most what the last poll returned, which consumers absorb by
        // event id. A record that fails has the records before it committed by the error handler.
        factory.getContainerProperties().setAckMode(ContainerProperties.AckMode.BATCH);
        factory.setCommonErrorHandler(ListenerFailures.handler(eventKafkaTemplate, properties, meters, group,
                topics::deadLetterTopic));
        return factory;
    }
}
