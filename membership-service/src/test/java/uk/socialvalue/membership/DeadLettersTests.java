package uk.socialvalue.membership;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import uk.socialvalue.contracts.Topics;
import uk.socialvalue.support.events.EventCodec;
import uk.socialvalue.support.test.ApiClient;
import uk.socialvalue.support.test.ApiClient.Response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A record the service cannot read ends up where staff can see it, not only in a log line. */
@MembershipIntegrationTest
class DeadLettersTests {

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Autowired
    EventCodec codec;

    @Test
    void showsAPoisonRecordToStaffWithWhereItCameFromAndWhyItFailed() throws Exception {
        String key = "poison-" + UUID.randomUUID();
        try (var producer = new KafkaProducer<String, byte[]>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
            producer.send(new ProducerRecord<>(Topics.MEMBERSHIP_ORGANISATIONS, key,
                    "not a cloud event".getBytes(StandardCharsets.UTF_8))).get();
        }
        String admin = new Members(port, kafka, codec).adminToken();

        JsonNode letter = await().atMost(Duration.ofSeconds(60)).until(() -> find(admin, key), found -> found != null);

        assertThat(letter.get("originalTopic").asString()).isEqualTo(Topics.MEMBERSHIP_ORGANISATIONS);
        assertThat(letter.get("failure").asString()).contains("PoisonEventException");
        assertThat(letter.get("payload").asString()).isEqualTo("not a cloud event");
        assertThat(ApiClient.onPort(port).get("/api/admin/dead-letters", null).status()).isEqualTo(401);
    }

    private JsonNode find(String admin, String key) {
        Response response = ApiClient.onPort(port).get("/api/admin/dead-letters", admin);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("newest").valueStream()
                .filter(letter -> key.equals(letter.get("key").asString())).findFirst().orElse(null);
    }
}
