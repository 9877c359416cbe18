package uk.socialvalue.support.security.revocation;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;

import uk.socialvalue.support.events.EventCodec;
import uk.socialvalue.support.events.EventMessagingConfiguration;
import uk.socialvalue.support.mongo.MongoSupportConfiguration;

/**
 * Every service refuses revoked access tokens: {@link RevokedTokens} is an {@code OAuth2TokenValidator} bean,
 * which Boot's resource-server decoder applies (membership-service adds it to its own decoder), fed by
 * {@link RevocationFeed}.
 */
@AutoConfiguration(after = {EventMessagingConfiguration.class, MongoSupportConfiguration.class},
        beforeName = "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration")
@EnableConfigurationProperties(RevocationProperties.class)
public class RevocationConfiguration {

    @Bean
    RevokedTokens revokedTokens(RevocationProperties properties, Clock clock) {
        return new RevokedTokens(properties.window(), clock);
    }

    @Bean
    RevocationFeed revocationFeed(KafkaProperties kafka, EventCodec codec, RevokedTokens revoked, Clock clock) {
        return new RevocationFeed(() -> {
            Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
            config.remove(ConsumerConfig.GROUP_ID_CONFIG);
            config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
            config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
            config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
            config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
            config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
            return new KafkaConsumer<>(config);
        }, codec, revoked, clock);
    }
}
