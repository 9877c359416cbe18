package uk.socialvalue.support.events;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import uk.socialvalue.contracts.IntegrationEvent;
import uk.socialvalue.contracts.membership.MembershipLapsed;
import uk.socialvalue.support.test.Councils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventCodecTests {

    EventCodec codec = new EventCodec(JsonMapper.builder().build(), URI.create("/svuk/test"));

    MembershipLapsed lapsed = new MembershipLapsed("e-1", Instant.parse("2026-11-25T10:15:30Z"), "org-1",
            Councils.SALFORD, Councils.ADA);

    @Test
    void writesTheCloudEventsBinaryBindingKeyedByAggregate() {
        ProducerRecord<String, byte[]> record = codec.toRecord(OutgoingEvent.of(lapsed, codec));

        assertThat(record.topic()).isEqualTo("membership.organisations");
        assertThat(record.key()).isEqualTo("org-1");
        assertThat(header(record.headers(), "ce_id")).isEqualTo("e-1");
        assertThat(header(record.headers(), "ce_type")).isEqualTo("membership.MembershipLapsed.v1");
        assertThat(header(record.headers(), "ce_source")).isEqualTo("/svuk/test");
        assertThat(header(record.headers(), "ce_subject")).isEqualTo("org-1");
        assertThat(header(record.headers(), "ce_specversion")).isEqualTo("1.0");
        assertThat(header(record.headers(), "ce_time")).startsWith("2026-11-25T10:15:30");
        assertThat(new String(record.value(), StandardCharsets.UTF_8)).contains("\"organisationId\":\"org-1\"");
    }

    @Test
    void readsBackTheEventItWrote() {
        ProducerRecord<String, byte[]> sent = codec.toRecord(OutgoingEvent.of(lapsed, codec));

        Optional<IntegrationEvent> read = codec.decode(received(sent.headers(), sent.value()));

        assertThat(read).contains(lapsed);
    }

    @Test
    void skipsATypeThisBuildDoesNotKnow() {
        var headers = codec.toRecord(OutgoingEvent.of(lapsed, codec)).headers();
        headers.remove("ce_type");
        headers.add("ce_type", "membership.SomethingNew.v1".getBytes(StandardCharsets.UTF_8));

        assertThat(codec.decode(received(headers, "{}".getBytes(StandardCharsets.UTF_8)))).isEmpty();
    }

    @Test
    void readsOnlyTheTypesAskedForAndSkipsOthersUnread() {
        var headers = codec.toRecord(OutgoingEvent.of(lapsed, codec)).headers();
        byte[] value = codec.toRecord(OutgoingEvent.of(lapsed, codec)).value();
        byte[] unreadable = "{not json".getBytes(StandardCharsets.UTF_8);

        assertThat(codec.decodeIfOfType(received(headers, value), Set.of("membership.MembershipLapsed.v1")))
                .contains(lapsed);
        assertThat(codec.decodeIfOfType(received(headers, unreadable), Set.of("membership.MembershipActivated.v1")))
                .as("another type is skipped by its header, its data never read").isEmpty();
        assertThat(codec.decodeIfOfType(received(new RecordHeaders(), unreadable), Set.of("x"))).isEmpty();
        assertThatThrownBy(() -> codec.decodeIfOfType(received(headers, unreadable),
                Set.of("membership.MembershipLapsed.v1"))).isInstanceOf(PoisonEventException.class);
    }

    @Test
    void rejectsARecordWithoutCloudEventsHeadersAsPoison() {
        assertThatThrownBy(() -> codec.decode(received(new RecordHeaders(), "hello".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(PoisonEventException.class);
    }

    @Test
    void rejectsUnreadableDataAsPoison() {
        var headers = codec.toRecord(OutgoingEvent.of(lapsed, codec)).headers();

        assertThatThrownBy(() -> codec.decode(received(headers, "{not json".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(PoisonEventException.class)
                .hasMessageContaining("membership.MembershipLapsed.v1");
    }

    private static ConsumerRecord<String, byte[]> received(org.apache.kafka.common.header.Headers headers, byte[] value) {
        return new ConsumerRecord<>("membership.organisations", 0, 0L, ConsumerRecord.NO_TIMESTAMP,
                TimestampType.NO_TIMESTAMP_TYPE, -1, -1, "org-1", value, headers, Optional.empty());
    }

    private static String header(org.apache.kafka.common.header.Headers headers, String name) {
        return new String(headers.lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
