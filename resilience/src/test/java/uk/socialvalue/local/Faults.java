package uk.socialvalue.local;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import uk.socialvalue.contracts.Topics;
import uk.socialvalue.support.test.KafkaTestConsumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The fault suite's faults, each struck while work is in flight ({@link Workload}), and what came of it: how
 * much work was accepted, how many of its events and emails never arrived, how many arrived twice, and how
 * long after the fault everything was done. {@link FaultSuiteTests} runs them all and writes the table to the
 * README; {@link ShortFaultSuiteTests} runs a few of them in every build.
 */
final class Faults {

    /** Key prefix of the poison records, so that they can be told from everything else in a dead-letter topic. */
    static final String POISON = "poison-";
    /** How long the work in flight may take to be done once the fault is over, before what is missing is lost. */
    private static final Duration RECOVERY_LIMIT = Duration.ofMinutes(4);

    /**
     * One fault's line of the table.
     *
     * @param fault            what was broken
     * @param inFlight         the work in flight, with how many requests were accepted of how many sent
     * @param accepted         requests accepted (201)
     * @param eventsLost       accepted requests whose event never reached the topic
     * @param emailsLost       accepted requests whose email never arrived
     * @param duplicates       emails and events that arrived more than once
     * @param recovery         from the end of the fault until every accepted request's email had arrived
     * @param errorsAfterwards 5xx answers to requests sent after the broken part was back
     */
    record Outcome(String fault, String inFlight, int accepted, int eventsLost, int emailsLost, String duplicates,
            Duration recovery, int errorsAfterwards) {

        String tableRow() {
            return "| " + fault + " | " + inFlight + " | " + eventsLost + " | " + emailsLost + " | " + duplicates
                    + " | " + seconds(recovery) + " | " + errorsAfterwards + " |";
        }

        /** Nothing accepted was lost and nothing arrived twice. */
        Outcome assertNothingLostOrDuplicated() {
            assertThat(accepted).as("%s: some work was accepted", fault).isPositive();
            assertThat(eventsLost).as("%s: events lost", fault).isZero();
            assertThat(emailsLost).as("%s: emails lost", fault).isZero();
            assertThat(duplicates).as("%s: duplicates", fault).isEqualTo("0");
            return this;
        }

        private static String seconds(Duration duration) {
            return duration == null ? "-" : duration.toSeconds() + " s";
        }
    }

    private final TestPlatform platform;

    Faults(TestPlatform platform) {
        this.platform = platform;
    }

    /** Kills instance {@code instance} of a service outright during the work; its supervisor starts it again. */
    Outcome killDuring(String service, int instance, Workload.Kind kind, int size, Duration over) {
        Workload work = Workload.start(platform, kind, size, over);
        Polling.pause(over.dividedBy(3));
        Instant faultEnds = Instant.now();
        platform.platform().kill(instanceName(service, instance));
        Instant back = awaitHealthy(service, instance);
        String fault = "kill -9 of " + (platform.instances() > 1 ? "one of two instances of " : "") + service;
        return outcome(fault, work, faultEnds, back);
    }

    /** Kills the broker during the work, keeps it down for {@code down}, then starts it again. */
    Outcome kafkaDownDuring(Duration down, Workload.Kind kind, int size, Duration over) {
        Workload work = Workload.start(platform, kind, size, over);
        Polling.pause(over.dividedBy(4));
        platform.platform().killKafka();
        Polling.pause(down);
        platform.platform().startKafka();
        Instant back = Instant.now();
        return outcome("Kafka killed for " + down.toSeconds() + " s, then restarted", work, back, back);
    }

    /** The SMTP server refuses connections for {@code refusing}, beginning as the work starts. */
    Outcome smtpRefusingDuring(Duration refusing, Workload.Kind kind, int size, Duration over) {
        platform.platform().refuseMail();
        Workload work = Workload.start(platform, kind, size, over);
        Polling.pause(refusing);
        platform.platform().acceptMail();
        Instant back = Instant.now();
        return outcome("SMTP server refusing connections for " + refusing.toSeconds() + " s", work, back, back);
    }

    /** Stops the store and starts it again on its file during the work. */
    Outcome storeRestartedDuring(Workload.Kind kind, int size, Duration over) {
        Workload work = Workload.start(platform, kind, size, over);
        Polling.pause(over.dividedBy(3));
        platform.platform().restartStore();
        Instant back = Instant.now();
        return outcome("store (MongoDB) restarted", work, back, back);
    }

    /**
     * Publishes a record that is not a CloudEvent to every topic of the platform, then does some work: it must
     * go through as if nothing had happened, and each consumer of each topic must have dead-lettered the poison.
     */
    Outcome poisonOnEachTopic(Workload.Kind kind, int size, Duration over) {
        List<String> topics = List.of(Topics.MEMBERSHIP_ORGANISATIONS, Topics.MEMBERSHIP_ORGANISATION_STATE,
                Topics.MEMBERSHIP_ACCOUNTS, Topics.MEMBERSHIP_PEOPLE, Topics.MEMBERSHIP_CONTACTS,
                Topics.MEMBERSHIP_WORKING_GROUPS, Topics.TRAINING_SESSIONS);
        Instant start = Instant.now();
        try (var producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                platform.kafkaBootstrapServers()), new StringSerializer(), new ByteArraySerializer())) {
            for (String topic : topics) {
                producer.send(new ProducerRecord<>(topic, POISON + UUID.randomUUID(),
                        "{not a cloud event".getBytes(StandardCharsets.UTF_8))).get(30, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish the poison records", e);
        }
        Workload work = Workload.start(platform, kind, size, over);
        Outcome outcome = outcome("a poison record on each of the " + topics.size() + " topics", work, start, start);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(deadLetters().poison())
                .as("poison records dead-lettered, one per topic and consumer group").isGreaterThanOrEqualTo(
                        topics.size()));
        return outcome;
    }

    /** What the dead-letter topics hold: poison records, and anything else (which should be nothing). */
    record DeadLetters(int poison, List<String> others) {
    }

    DeadLetters deadLetters() {
        Set<String> topics;
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                platform.kafkaBootstrapServers()))) {
            topics = admin.listTopics().names().get(30, TimeUnit.SECONDS).stream()
                    .filter(name -> name.endsWith(".dlt")).collect(Collectors.toSet());
        } catch (Exception e) {
            throw new IllegalStateException("Could not list the dead-letter topics", e);
        }
        if (topics.isEmpty()) {
            return new DeadLetters(0, List.of());
        }
        try (var consumer = new KafkaTestConsumer(platform.kafkaBootstrapServers(), topics)) {
            // Each topic is read from its beginning: poll while records still arrive, and at least until the
            // consumer has joined its group and been given the partitions.
            List<ConsumerRecord<String, byte[]>> all = new ArrayList<>();
            Instant settled = Instant.now().plusSeconds(5);
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                int before = all.size();
                all.clear();
                all.addAll(consumer.records(record -> true));
                return Instant.now().isAfter(settled) && all.size() == before;
            });
            int poison = (int) all.stream().filter(record -> record.key() != null && record.key().startsWith(POISON))
                    .count();
            List<String> others = all.stream().filter(record -> record.key() == null || !record.key().startsWith(POISON))
                    .map(record -> record.topic() + " " + record.key()).toList();
            return new DeadLetters(poison, others);
        }
    }

    private Outcome outcome(String fault, Workload work, Instant faultEnded, Instant partBack) {
        List<Workload.Request> requests = work.finish();
        List<Workload.Request> accepted = requests.stream().filter(Workload.Request::accepted).toList();
        Workload.Kind kind = work.kind();
        List<String> addresses = accepted.stream().map(Workload.Request::email).toList();
        Instant allArrived = null;
        try {
            await().atMost(RECOVERY_LIMIT).pollInterval(Duration.ofSeconds(1)).until(() -> platform.mail()
                    .countsTo(addresses, kind.subject).values().stream().allMatch(count -> count >= 1));
            allArrived = Instant.now();
        } catch (org.awaitility.core.ConditionTimeoutException givenUp) {
            // what has not arrived by now counts as lost
        }
        // Late duplicates (a resend after a lease ran out) show within a few seconds more.
        Polling.pause(Duration.ofSeconds(5));
        List<String> everyAddress = requests.stream().map(Workload.Request::email).toList();
        Map<String, Long> emails = platform.mail().countsTo(everyAddress, kind.subject);
        int emailsLost = (int) addresses.stream().filter(address -> emails.get(address.toLowerCase(java.util.Locale.ROOT)) == 0).count();
        long duplicateEmails = emails.values().stream().mapToLong(count -> Math.max(0, count - 1)).sum();
        EventCount events = events(kind.topic, accepted, work.eventOf());
        long errorsAfterwards = requests.stream().filter(request -> request.status() >= 500
                && request.sentAt().isAfter(partBack)).count();
        int notAnswered = (int) requests.stream().filter(request -> request.status() == 0).count();
        long refused = requests.size() - accepted.size() - notAnswered;
        String inFlight = kind.description + ": " + accepted.size() + " of " + requests.size() + " accepted"
                + (notAnswered > 0 ? ", " + notAnswered + " unanswered" : "")
                + (refused > 0 ? ", " + refused + " refused" : "");
        String duplicates = duplicateEmails + events.duplicates == 0 ? "0"
                : duplicateEmails + " emails, " + events.duplicates + " events";
        Outcome outcome = new Outcome(fault, inFlight, accepted.size(), events.lost, emailsLost, duplicates,
                allArrived == null ? null : Duration.between(faultEnded, allArrived), (int) errorsAfterwards);
        System.out.println("Fault suite: " + outcome.tableRow());
        return outcome;
    }

    private record EventCount(int lost, int duplicates) {
    }

    /** Which accepted requests' events are on the topic, and how many event ids are there more than once. */
    private EventCount events(String topic, List<Workload.Request> accepted,
            BiPredicate<Workload.Request, ConsumerRecord<String, byte[]>> eventOf) {
        try (var consumer = new KafkaTestConsumer(platform.kafkaBootstrapServers(), List.of(topic))) {
            Map<Workload.Request, List<ConsumerRecord<String, byte[]>>> found = new HashMap<>();
            try {
                await().atMost(Duration.ofSeconds(60)).until(() -> {
                    List<ConsumerRecord<String, byte[]>> records = consumer.records(record -> true);
                    found.clear();
                    for (Workload.Request request : accepted) {
                        found.put(request, records.stream().filter(record -> eventOf.test(request, record)).toList());
                    }
                    return found.values().stream().noneMatch(List::isEmpty);
                });
            } catch (org.awaitility.core.ConditionTimeoutException givenUp) {
                // what is not there by now counts as lost
            }
            int lost = (int) found.values().stream().filter(List::isEmpty).count();
            int duplicates = found.values().stream().mapToInt(records -> records.size() - (int) records.stream()
                    .map(record -> new String(record.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8))
                    .distinct().count()).sum();
            return new EventCount(lost, duplicates);
        }
    }

    private Instant awaitHealthy(String service, int instance) {
        var health = uk.socialvalue.support.test.ApiClient.onPort(platform.managementPort(service, instance));
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> health.get("/actuator/health", null).body().contains("UP"));
        return Instant.now();
    }

    private static String instanceName(String service, int instance) {
        return instance == 1 ? service : service + "-" + instance;
    }
}
