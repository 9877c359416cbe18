package uk.socialvalue.support.events;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.annotation.EnableKafka;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import tools.jackson.databind.json.JsonMapper;

import uk.socialvalue.contracts.Topics;

/**
 * The Kafka side of every service: one producer for CloudEvents (idempotent, {@code acks=all}) and one
 * listener container factory, {@value #LISTENER_FACTORY}, whose listeners receive raw records, retry with
 * bounded back-off and then dead-letter what still fails to {@code <topic>.<group>.dlt}, logged and counted.
 */
@AutoConfiguration(afterName = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration")
@EnableKafka
@EnableConfigurationProperties(EventsProperties.class)
public class EventMessagingConfiguration {

    /** The listener container factory for integration events. */
    public static final String LISTENER_FACTORY = "eventListenerContainerFactory";

    private static final Logger log = LoggerFactory.getLogger(EventMessagingConfiguration.class);

    @Bean
    EventCodec eventCodec(JsonMapper json, @Value("${spring.application.name}") String application) {
        return new EventCodec(json, URI.create("/svuk/" + application));
    }

    @Bean
    KafkaTemplate<String, byte[]> eventKafkaTemplate(KafkaProperties kafka) {
        Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config));
    }

    @Bean(LISTENER_FACTORY)
    ConcurrentKafkaListenerContainerFactory<String, byte[]> eventListenerContainerFactory(KafkaProperties kafka,
            KafkaTemplate<String, byte[]> eventKafkaTemplate, EventsProperties properties, MeterRegistry meters,
            @Value("${spring.application.name}") String application) {
        Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.putIfAbsent(ConsumerConfig.GROUP_ID_CONFIG, application);
        config.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        String group = (String) config.get(ConsumerConfig.GROUP_ID_CONFIG);

        var factory = new ConcurrentKafkaListenerContainerFactory<String, byte[]>();
        factory.setConsumerFactory(new DefaultKafkaConsumerFactory<>(config));
        factory.getContainerProperties().setAckMode(ContainerProperties.AckMode.RECORD);
        factory.setCommonErrorHandler(errorHandler(eventKafkaTemplate, properties.retry(), meters, group));
        return factory;
    }

    private static DefaultErrorHandler errorHandler(KafkaTemplate<String, byte[]> template,
            EventsProperties.Retry retry, MeterRegistry meters, String group) {
        var recoverer = new DeadLetterPublishingRecoverer(template, (record, failure) -> {
            String deadLetterTopic = Topics.deadLetterTopic(record.topic(), group);
            meters.counter("svuk.events.dead.lettered", "topic", record.topic(), "group", group).increment();
            log.error("Dead-lettering record {}-{}@{} (key {}) to {}: {}", record.topic(), record.partition(),
                    record.offset(), record.key(), deadLetterTopic, rootMessage(failure));
            return new TopicPartition(deadLetterTopic, -1);
        });
        var backOff = new ExponentialBackOffWithMaxRetries(retry.attempts());
        backOff.setInitialInterval(retry.initialInterval().toMillis());
        backOff.setMultiplier(retry.multiplier());
        backOff.setMaxInterval(retry.maxInterval().toMillis());
        var handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(PoisonEventException.class);
        return handler;
    }

    private static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
