package uk.socialvalue.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import uk.socialvalue.local.MailCatcherClient.Email;
import uk.socialvalue.local.TestPlatform.Applicant;
import uk.socialvalue.local.TestPlatform.Member;
import uk.socialvalue.support.test.ApiClient;
import uk.socialvalue.support.test.Unique;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secrets in emailed links (a set-password link, an RSVP link) reach the email and nowhere else: not a
 * MongoDB collection of any service, not a Kafka topic or dead-letter topic, not a service's log, not the
 * dead-letters API; and the links in the emails still work.
 */
@EndToEndTest
class SecretsAtRestEndToEndTests {

    @Test
    void aWelcomeLinksSecretIsNowhereButInTheEmailAndTheLinkStillWorks(TestPlatform platform) {
        Applicant applicant = platform.applyForACouncil();
        platform.approve(applicant.organisationId());
        Email welcome = platform.mail().awaitEmail(applicant.email(), "Welcome to Social Value UK");
        String secret = welcome.linkParameter("/account/set-password", "token").orElseThrow();

        assertNowhere(platform, secret, applicant.email());

        platform.setPassword(secret, TestPlatform.PASSWORD);
        assertThat(platform.signIn(applicant.email(), TestPlatform.PASSWORD)).isNotBlank();
    }

    @Test
    void anInvitationsRsvpSecretIsNowhereButInTheEmailAndTheLinkStillWorks(TestPlatform platform) {
        Member member = platform.approvedCouncil();
        String title = "Secrets stay secret " + Unique.suffix();
        platform.issueInvitations(platform.scheduleMeeting(member.council().region(), title));
        Email invitation = platform.mail().awaitEmail(member.email(), "Invitation: " + title);
        String accept = invitation.link("answer=ACCEPTED").orElseThrow();
        String secret = accept.replaceFirst("\\?.*", "").replaceFirst(".*/", "");

        assertNowhere(platform, secret, member.email());

        assertThat(platform.membership().post("/api/invitations/" + secret + "/response",
                Map.of("answer", "ACCEPTED"), null).status()).isEqualTo(200);
    }

    private static void assertNowhere(TestPlatform platform, String secret, String recipient) {
        waitForTheDispatcher(platform, recipient);
        assertThat(secret).hasSizeGreaterThan(40);
        assertThat(inTheStore(platform, secret)).as("documents holding the secret").isEmpty();
        assertThat(onTheTopics(platform, secret)).as("records holding the secret").isEmpty();
        for (ApiClient service : List.of(platform.membership(), platform.training(), platform.notification())) {
            ApiClient.Response deadLetters = service.get("/api/admin/dead-letters?limit=500", platform.adminToken());
            assertThat(deadLetters.status()).isEqualTo(200);
            assertThat(deadLetters.body()).doesNotContain(secret);
        }
        assertThat(inTheLogs(platform, secret)).as("log files holding the secret").isEmpty();
    }

    /** The email went out: every event about it was published and consumed, and its log entry updated. */
    private static void waitForTheDispatcher(TestPlatform platform, String recipient) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> platform.notification()
                .get("/api/notifications?status=PENDING&recipient=" + recipient, platform.adminToken()).json()
                .get("items").isEmpty());
    }

    private static List<String> inTheStore(TestPlatform platform, String secret) {
        List<String> found = new ArrayList<>();
        try (MongoClient client = MongoClients.create(platform.mongoUri())) {
            for (String name : client.listDatabaseNames()) {
                MongoDatabase database = client.getDatabase(name);
                for (String collection : database.listCollectionNames()) {
                    for (Document document : database.getCollection(collection).find()) {
                        if (document.toJson().contains(secret)) {
                            found.add(name + "." + collection + " " + document.get("_id"));
                        }
                    }
                }
            }
        }
        return found;
    }

    private static List<String> onTheTopics(TestPlatform platform, String secret) {
        byte[] needle = secret.getBytes(StandardCharsets.UTF_8);
        List<String> found = new ArrayList<>();
        Set<String> topics;
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                platform.kafkaBootstrapServers()))) {
            topics = admin.listTopics().names().get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        assertThat(topics).contains("membership.accounts", "membership.working-groups");
        try (var consumer = new KafkaConsumer<byte[], byte[]>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "secrets-scan-" + UUID.randomUUID(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class))) {
            List<TopicPartition> partitions = topics.stream().flatMap(topic -> consumer.partitionsFor(topic).stream())
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))
                    && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    boolean inHeaders = Stream.of(record.headers().toArray()).map(Header::value)
                            .anyMatch(value -> contains(value, needle));
                    if (contains(record.value(), needle) || contains(record.key(), needle) || inHeaders) {
                        found.add(record.topic() + "-" + record.partition() + "@" + record.offset());
                    }
                }
            }
            assertThat(partitions).as("every record read").allSatisfy(p -> assertThat(consumer.position(p))
                    .isGreaterThanOrEqualTo(ends.get(p)));
        }
        return found;
    }

    private static List<Path> inTheLogs(TestPlatform platform, String secret) {
        Path logs = platform.dataDirectory().resolve("logs");
        try (Stream<Path> files = Files.walk(logs)) {
            return files.filter(Files::isRegularFile).filter(file -> {
                try {
                    return Files.readString(file, StandardCharsets.ISO_8859_1).contains(secret);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        if (haystack == null) {
            return false;
        }
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
