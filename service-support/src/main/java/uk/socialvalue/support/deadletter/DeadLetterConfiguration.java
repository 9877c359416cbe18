package uk.socialvalue.support.deadletter;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.MicrometerConsumerListener;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;

import uk.socialvalue.support.events.EventMessagingConfiguration;
import uk.socialvalue.support.mongo.MongoSupportConfiguration;

/**
 * Reads the service's dead-letter topics into its store, in a consumer group of their own; replays them on
 * staff's request; and counts those waiting ({@code svuk.events.dead.letters.waiting}, a metric to alert on).
 */
@AutoConfiguration(after = {EventMessagingConfiguration.class, MongoSupportConfiguration.class})
@Import(DeadLettersController.class)
public class DeadLetterConfiguration {

    @Bean
    DeadLetterLog deadLetterLog(MongoDatabase database, MeterRegistry meters) {
        DeadLetterLog log = new DeadLetterLog(database);
        Gauge.builder("svuk.events.dead.letters.waiting", log, DeadLetterLog::waiting)
                .description("Dead letters kept by this service and not replayed yet").register(meters);
        return log;
    }

    @Bean
    DeadLetterReplay deadLetterReplay(DeadLetterLog log, KafkaListenerEndpointRegistry listeners) {
        // When a replay happened is about real elapsed time for staff, not business time: never the injectable clock.
        return new DeadLetterReplay(log, listeners, Clock.systemUTC());
    }

    @Bean(DeadLetterLog.LISTENER_FACTORY)
    ConcurrentKafkaListenerContainerFactory<String, byte[]> deadLetterListenerContainerFactory(KafkaProperties kafka,
            MeterRegistry meters, @Value("${spring.application.name}") String application) {
        Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, application + ".dead-letters");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // Dead-letter topics appear when the first record fails: look for new ones every 10 s, not every 5 min.
        config.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, 10_000);
        var consumers = new DefaultKafkaConsumerFactory<String, byte[]>(config);
        consumers.addListener(new MicrometerConsumerListener<>(meters));
        var factory = new ConcurrentKafkaListenerContainerFactory<String, byte[]>();
        factory.setConsumerFactory(consumers);
        // If the store is down, keep trying the same record: a dead letter must not be lost on the way.
        factory.setCommonErrorHandler(new DefaultErrorHandler(new FixedBackOff(5_000, FixedBackOff.UNLIMITED_ATTEMPTS)));
        return factory;
    }
}
