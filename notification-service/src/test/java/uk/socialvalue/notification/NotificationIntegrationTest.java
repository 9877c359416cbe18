package uk.socialvalue.notification;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import uk.socialvalue.support.test.ApiClientConfiguration;
import uk.socialvalue.support.test.MutableClockConfiguration;
import uk.socialvalue.support.test.ServiceIntegrationTest;

/**
 * The notification service started whole against the embedded Kafka broker, the MongoDB store and a GreenMail
 * SMTP server, with a clock the test moves by hand. Every class with this annotation shares one context.
 * <p>
 * The clock follows real time until a test moves it; retries wait a minute or more, so a failed email's next
 * attempt happens when the test moves the clock on. The dispatcher polls every 100 ms so that mail arrives
 * quickly.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ServiceIntegrationTest
@Import({GreenMailConfiguration.class, MutableClockConfiguration.class, TestEvents.class, Mailbox.class,
        ApiClientConfiguration.class})
@TestPropertySource(properties = {
        // Boot sets a mail sender up only for a configured host, which it must see before GreenMail's port exists.
        "spring.mail.host=127.0.0.1",
        "svuk.notifications.delivery.poll-interval=100ms",
        "svuk.notifications.delivery.max-attempts=3",
        "svuk.notifications.delivery.first-retry-delay=1m",
        "svuk.notifications.delivery.max-retry-delay=10m",
        "svuk.notifications.public-base-url=https://notifications.svuk.test",
        "svuk.notifications.unsubscribe-secret=test-unsubscribe-secret"})
public @interface NotificationIntegrationTest {
}
