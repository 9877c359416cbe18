package uk.socialvalue.support.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.test.context.EmbeddedKafka;

/**
 * A service started whole on a random port, against a real Kafka broker (embedded, KRaft) and the
 * MongoDB wire-protocol store, trusting {@link TestTokens} as its token issuer. The broker creates no topic on
 * first use, as a managed cluster does not: the service declares what it uses (one broker: one replica).
 * Test classes with the same extra configuration share one started context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "svuk.events.topics.replication-factor=1", "svuk.events.topics.min-insync-replicas=1"})
@EmbeddedKafka(partitions = 2, bootstrapServersProperty = "spring.kafka.bootstrap-servers",
        brokerProperties = "auto.create.topics.enable=false")
@Import({EmbeddedMongoConfiguration.class, TestTokensConfiguration.class})
public @interface ServiceIntegrationTest {
}
