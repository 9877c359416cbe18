package uk.socialvalue.notification.delivery.sending;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import uk.socialvalue.notification.Mailbox;
import uk.socialvalue.notification.NotificationApplication;
import uk.socialvalue.notification.NotificationIntegrationTest;
import uk.socialvalue.notification.TestEvents;
import uk.socialvalue.notification.delivery.Notification;
import uk.socialvalue.notification.delivery.NotificationQuery;
import uk.socialvalue.notification.delivery.NotificationStatus;
import uk.socialvalue.notification.delivery.Notifications;
import uk.socialvalue.notification.email.EmailKind;
import uk.socialvalue.support.test.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.socialvalue.notification.TestEvents.address;

/**
 * An SMTP outage delays mail and loses none, however long it lasts: emails wait with the last error and no
 * attempt used up, survive a restart of the service, and go out exactly once when the server is back. A server
 * that answers but refuses an email uses up attempts (4xx) or fails it at once (5xx).
 */
@NotificationIntegrationTest
class SmtpOutageTests {

    private static final Duration PAST_FIRST_RETRY = Duration.ofMinutes(1).plusSeconds(1);

    @Autowired
    TestEvents events;

    @Autowired
    Mailbox mailbox;

    @Autowired
    MutableClock clock;

    @Autowired
    Notifications notifications;

    @Autowired
    NotificationDispatcher dispatcher;

    @Autowired
    Environment environment;

    @Autowired
    DeliveryProperties properties;

    @Autowired
    ApplicationContext context;

    private ConfigurableApplicationContext restarted;

    @AfterEach
    void bringBackTheServerAndTheDispatcher() {
        if (!mailbox.server().isRunning()) {
            mailbox.server().start();
        }
        if (restarted != null) {
            restarted.close();
        }
        if (!dispatcher.isRunning()) {
            dispatcher.start();
        }
        clock.reset();
    }

    @Test
    void deliversEveryEmailExactlyOnceAfterAnOutageAndARestart() {
        List<String> recipients = IntStream.range(0, 5).mapToObj(i -> address("outage" + i)).toList();
        mailbox.server().stop();

        recipients.forEach(recipient -> events.publish(TestEvents.applied(recipient)));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(recipients).allSatisfy(recipient ->
                assertThat(entryFor(recipient)).satisfies(entry -> {
                    assertThat(entry.status()).isEqualTo(NotificationStatus.PENDING);
                    assertThat(entry.attempts()).as("an unreachable server is not the email's fault").isZero();
                    assertThat(entry.lastError()).contains("Cannot connect to SMTP server");
                })));

        // The service goes down with the emails still pending, and starts again: the new instance knows only
        // what the delivery log holds.
        dispatcher.stop();
        restarted = startAnotherInstance();
        mailbox.server().start();
        clock.advance(PAST_FIRST_RETRY);

        recipients.forEach(recipient -> mailbox.awaitOne(recipient));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(recipients)
                .allSatisfy(recipient -> assertThat(entryFor(recipient).status()).isEqualTo(NotificationStatus.SENT)));
        assertThat(recipients).allSatisfy(recipient -> {
            assertThat(mailbox.to(recipient)).hasSize(1);
            assertThat(entryFor(recipient).attempts()).isEqualTo(1);
        });
    }

    @Test
    void neverFailsAnEmailForAnOutageHoweverLongItLasts() throws Exception {
        String ada = address("long-outage");
        mailbox.server().stop();

        events.publish(TestEvents.applied(ada));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(entryFor(ada).lastError()).contains("Cannot connect to SMTP server"));
        for (int hour = 0; hour < 6; hour++) { // far beyond the hour the attempts would last
            clock.advance(Duration.ofHours(1));
            dispatcher.dispatchDue();
            assertThat(entryFor(ada)).satisfies(entry -> {
                assertThat(entry.status()).isEqualTo(NotificationStatus.PENDING);
                assertThat(entry.attempts()).isZero();
            });
        }

        mailbox.server().start();
        clock.advance(Duration.ofHours(1));
        assertThat(mailbox.awaitOne(ada).getSubject()).contains("application to join Social Value UK");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(entryFor(ada)).satisfies(entry -> {
            assertThat(entry.status()).isEqualTo(NotificationStatus.SENT);
            assertThat(entry.attempts()).isEqualTo(1);
        }));
    }

    @Test
    void failsAnEmailAtOnceWhenTheServerRefusesItForGood() {
        String ada = address("refused");
        try (var server = new RefusingSmtpServer("550 5.1.1 No such user here")) {
            NotificationDispatcher refusing = dispatcherSendingTo(server);
            dispatcher.stop(); // so that the service's own dispatcher leaves the email to this one

            events.publish(TestEvents.applied(ada));
            awaitFirstAttempt(refusing);

            assertThat(entryFor(ada)).satisfies(entry -> {
                assertThat(entry.status()).isEqualTo(NotificationStatus.FAILED);
                assertThat(entry.attempts()).isEqualTo(1);
                assertThat(entry.lastError()).contains("550");
                assertThat(entry.nextAttemptAt()).isNull();
            });
            assertThat(server.refused()).isEqualTo(1);
        }
    }

    @Test
    void marksAnEmailFailedAfterTheLastAttempt() {
        String ada = address("failing");
        try (var server = new RefusingSmtpServer("451 4.3.0 Mailbox busy, try later")) {
            NotificationDispatcher refusing = dispatcherSendingTo(server);
            dispatcher.stop(); // so that the service's own dispatcher leaves the email to this one

            events.publish(TestEvents.applied(ada));
            awaitFirstAttempt(refusing);
            assertThat(entryFor(ada).attempts()).isEqualTo(1);
            clock.advance(PAST_FIRST_RETRY);
            refusing.dispatchDue();
            assertThat(entryFor(ada).attempts()).isEqualTo(2);
            clock.advance(Duration.ofMinutes(2).plusSeconds(1));
            refusing.dispatchDue();

            assertThat(entryFor(ada)).satisfies(entry -> {
                assertThat(entry.status()).isEqualTo(NotificationStatus.FAILED);
                assertThat(entry.attempts()).isEqualTo(3);
                assertThat(entry.lastError()).contains("451");
                assertThat(entry.nextAttemptAt()).isNull();
            });
        }

        dispatcher.start();
        clock.advance(Duration.ofHours(1));
        dispatcher.dispatchDue();
        assertThat(mailbox.to(ada)).as("a FAILED email waits for an admin to resend it").isEmpty();
    }

    /** A dispatcher of this service's, not started, whose SMTP server is the given one. */
    private NotificationDispatcher dispatcherSendingTo(RefusingSmtpServer server) {
        var mail = new JavaMailSenderImpl();
        mail.setHost("127.0.0.1");
        mail.setPort(server.port());
        return SecondDispatcher.of(context, mail, properties);
    }

    /** Once the listener has recorded the email (and let it go, its own dispatcher being stopped), sends it. */
    private static void awaitFirstAttempt(NotificationDispatcher refusing) {
        await().atMost(Duration.ofSeconds(30)).until(() -> refusing.dispatchDue() > 0);
    }

    /** The service as a fresh process would run it, on the same broker, store, SMTP server and clock. */
    private ConfigurableApplicationContext startAnotherInstance() {
        var application = new SpringApplication(NotificationApplication.class);
        application.setMainApplicationClass(NotificationApplication.class);
        application.addInitializers(context -> context.getBeanFactory().registerSingleton("clock", clock));
        return application.run(Stream.concat(Stream.of("--server.port=0"), Stream.of(
                        "spring.mongodb.uri", "spring.kafka.bootstrap-servers", "spring.mail.host", "spring.mail.port",
                        "spring.security.oauth2.resourceserver.jwt.issuer-uri",
                        "spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
                        "svuk.notifications.delivery.poll-interval", "svuk.notifications.delivery.max-attempts",
                        "svuk.notifications.delivery.first-retry-delay", "svuk.notifications.public-base-url",
                        "svuk.notifications.unsubscribe-secret", "svuk.notifications.link-opening-key-file",
                        "svuk.events.topics.replication-factor", "svuk.events.topics.min-insync-replicas")
                .map(name -> "--" + name + "=" + environment.getRequiredProperty(name)))
                .toArray(String[]::new));
    }

    private Notification entryFor(String recipient) {
        var page = notifications.search(new NotificationQuery(recipient, null, EmailKind.APPLICATION_RECEIVED, 0, 10));
        assertThat(page.items()).hasSize(1);
        return page.items().get(0);
    }
}
