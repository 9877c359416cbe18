package uk.socialvalue.support.mongo;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.mongodb.autoconfigure.MongoProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;

import uk.socialvalue.support.aggregate.AggregateStores;
import uk.socialvalue.support.domain.Retry;
import uk.socialvalue.support.domain.RetryPolicy;
import uk.socialvalue.support.events.EventCodec;
import uk.socialvalue.support.events.EventMessagingConfiguration;
import uk.socialvalue.support.events.EventsProperties;
import uk.socialvalue.support.outbox.BrokerProbe;
import uk.socialvalue.support.outbox.Outbox;
import uk.socialvalue.support.outbox.OutboxCollection;
import uk.socialvalue.support.outbox.OutboxRelay;
import uk.socialvalue.support.outbox.ParkedEvents;
import uk.socialvalue.support.outbox.ParkedEventsController;
import uk.socialvalue.support.settings.RequiredSettings;

/**
 * The service's MongoDB database (named by {@code spring.mongodb.uri} or {@code spring.mongodb.database}),
 * a {@code ping}-based health check in place of Boot's {@code hello}-based one, the outbox and its relay,
 * the stores of aggregates, the one retry of a change that lost a race, and the clock every time-dependent
 * rule reads.
 */
@AutoConfiguration(after = EventMessagingConfiguration.class,
        afterName = "org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration",
        beforeName = "org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration")
@EnableConfigurationProperties(RetryPolicy.class)
@Import(ParkedEventsController.class)
public class MongoSupportConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Before anything reaches the store: start-up stops here, naming every setting that is missing. */
    @Bean
    MongoDatabase mongoDatabase(MongoClient client, MongoProperties properties, Environment environment,
            @Value("${spring.application.name}") String application) {
        RequiredSettings.check(environment);
        String name = properties.getMongoClientDatabase();
        return client.getDatabase(name == null || name.equals("test") ? application : name);
    }

    /** Named so that Boot's own Mongo health indicator, which needs {@code hello}, steps aside. */
    @Bean("mongoHealthIndicator")
    HealthIndicator mongoHealthIndicator(MongoDatabase database) {
        return new MongoPingHealthIndicator(database);
    }

    @Bean
    OutboxRelay outboxRelay(MongoDatabase database, List<OutboxCollection> collections,
            KafkaTemplate<String, byte[]> eventKafkaTemplate, EventCodec codec, EventsProperties properties,
            KafkaAdmin admin, ParkedEvents parked, MeterRegistry meters) {
        EventsProperties.RelayRetry retry = properties.relayRetry();
        var settings = new OutboxRelay.Settings(properties.relayInterval(), properties.relayLease(),
                EventMessagingConfiguration.SEND_TIMEOUT, retry.parkAfter(), retry.firstBackOff(), retry.maxBackOff(),
                properties.outageRetry().maxInterval());
        // Leases are about real elapsed time between instances, not business time: never the injectable clock.
        return new OutboxRelay(database, collections, eventKafkaTemplate, codec, Clock.systemUTC(), settings,
                BrokerProbe.of(admin.getConfigurationProperties(), Duration.ofSeconds(5)), parked, meters);
    }

    @Bean
    ParkedEvents parkedEvents(MongoDatabase database) {
        return new ParkedEvents(database, Clock.systemUTC());
    }

    @Bean
    Outbox outbox(EventCodec codec, OutboxRelay relay) {
        return new Outbox(codec, relay);
    }

    @Bean
    AggregateStores aggregateStores(MongoDatabase database, Outbox outbox, List<OutboxCollection> relayed) {
        return new AggregateStores(database, outbox, relayed);
    }

    @Bean
    Retry retry(RetryPolicy policy) {
        return new Retry(policy);
    }
}
