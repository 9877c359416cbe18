package uk.socialvalue.training.certificate;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.socialvalue.contracts.Topics;
import uk.socialvalue.contracts.training.AttendanceRecorded;
import uk.socialvalue.support.events.EventCodec;
import uk.socialvalue.support.test.ApiClient.Download;
import uk.socialvalue.support.test.ApiClient.Response;
import uk.socialvalue.support.test.KafkaTestConsumer;
import uk.socialvalue.support.test.MutableClock;
import uk.socialvalue.support.test.TestLinkKeys;
import uk.socialvalue.training.TrainingFixtures;
import uk.socialvalue.training.TrainingIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.socialvalue.training.TrainingFixtures.booking;
import static uk.socialvalue.training.TrainingFixtures.uniqueEmail;

/** Attendance recorded: certificates as PDF, verified publicly by their code, and the CPD record they make. */
@TrainingIntegrationTest
class CertificatesTests {

    @Autowired
    TrainingFixtures fixtures;

    @Autowired
    EventCodec codec;

    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void issuesACertificateToWhoAttendedVerifiedByItsCodeAndReachedThroughTheSignedLink() throws IOException {
        String organisationId = UUID.randomUUID().toString();
        String ada = uniqueEmail("ada");
        String alan = uniqueEmail("alan");
        Attended attended = attend(organisationId, ada, alan);
        String code = attended.event().certificateCode();

        Download pdf = fixtures.api().download("/api/bookings/" + attended.bookingId() + "/attendees/" + ada
                + "/certificate", fixtures.contactOf(organisationId));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(text(pdf.body())).contains("Certificate of attendance", attended.event().attendee().name(),
                "Social Value in Procurement", code, attended.event().cpdHours().replaceAll("\\.0+$", ""));

        Response verified = fixtures.api().get("/api/certificates/" + code, null);
        assertThat(verified.status()).isEqualTo(200);
        assertThat(verified.text("/initials")).isEqualTo("A. A.");
        assertThat(verified.text("/course")).isEqualTo("Social Value in Procurement");
        assertThat(verified.text("/date")).isEqualTo(attended.date());
        assertThat(verified.body()).doesNotContain(ada, attended.event().attendee().name());

        assertThat(attended.record()).as("the topic holds the signed link sealed only")
                .doesNotContain("signature=", "/pdf").contains(attended.event().sealedCertificateUrl());
        assertThat(attended.event().certificateUrl()).isNull();
        URI signed = URI.create(TestLinkKeys.get().open(attended.event().sealedCertificateUrl()));
        Download bySignedLink = fixtures.api().download(signed.getRawPath() + "?" + signed.getRawQuery(), null);
        assertThat(bySignedLink.status()).isEqualTo(200);
        assertThat(text(bySignedLink.body())).contains(code);
        assertThat(fixtures.api().download(signed.getRawPath() + "?signature=forged", null).status()).isEqualTo(404);

        assertThat(fixtures.api().download("/api/bookings/" + attended.bookingId() + "/attendees/" + alan
                + "/certificate", fixtures.admin()).status()).as("absent: no certificate").isEqualTo(404);
        assertThat(fixtures.api().download("/api/bookings/" + attended.bookingId() + "/attendees/" + ada
                + "/certificate", fixtures.contactOf(UUID.randomUUID().toString())).status())
                .as("another organisation").isEqualTo(404);
    }

    @Test
    void withdrawsTheCertificateWhenTheAttendeeIsRecordedAbsentAfterAll() {
        String ada = uniqueEmail("ada");
        Attended attended = attend(UUID.randomUUID().toString(), ada);

        Response corrected = fixtures.api().post("/api/sessions/" + attended.sessionId() + "/attendance",
                Map.of("attendance", List.of(Map.of("email", ada, "attended", false))), fixtures.admin());

        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        assertThat(fixtures.api().get("/api/certificates/" + attended.event().certificateCode(), null).status())
                .isEqualTo(404);
    }

    @Test
    void keepsACpdRecordOfEveryAttendedCourseWithItsHoursForStaffAndTheOrganisation() {
        String organisationId = UUID.randomUUID().toString();
        String ada = uniqueEmail("ada");
        Attended attended = attend(organisationId, ada);
        String hours = attended.event().cpdHours();

        Response record = fixtures.api().get("/api/cpd?email=" + ada.toUpperCase(), fixtures.admin());
        Response forOwnOrganisation = fixtures.api().get("/api/cpd?email=" + ada, fixtures.contactOf(organisationId));
        Response forAnother = fixtures.api().get("/api/cpd?email=" + ada,
                fixtures.contactOf(UUID.randomUUID().toString()));

        assertThat(record.status()).as(record.toString()).isEqualTo(200);
        assertThat(record.json().get("courses")).hasSize(1);
        assertThat(record.text("/courses/0/courseTitle")).isEqualTo("Social Value in Procurement");
        assertThat(record.text("/courses/0/certificateCode")).isEqualTo(attended.event().certificateCode());
        assertThat(record.json().get("totalHours").decimalValue()).isEqualByComparingTo(hours);
        assertThat(record.json().get("periods").get(0).get("hours").decimalValue()).as("the last twelve months")
                .isEqualByComparingTo(hours);
        assertThat(forOwnOrganisation.json().get("courses")).hasSize(1);
        assertThat(forAnother.json().get("courses")).isEmpty();
        assertThat(fixtures.api().get("/api/cpd", fixtures.admin()).status()).isEqualTo(400);
        assertThat(fixtures.api().get("/api/cpd?email=" + ada, null).status()).isEqualTo(401);
    }

    /** @param record  the event's record on the topic, as text */
    private record Attended(String sessionId, String bookingId, AttendanceRecorded event, String record, String date) {
    }

    /** Books the people on a new session, lets it start, and records the first as attending, the rest not. */
    private Attended attend(String organisationId, String... emails) {
        String sessionId = fixtures.scheduleSession(5, Duration.ofDays(40));
        Response booked = fixtures.api().post("/api/sessions/" + sessionId + "/bookings", booking(emails),
                fixtures.contactOf(organisationId));
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        Instant startsAt = Instant.parse(fixtures.api().get("/api/sessions/" + sessionId, null).text("/startsAt"));
        clock.setTo(startsAt.plus(Duration.ofHours(1)));
        List<Map<String, Object>> marks = new java.util.ArrayList<>();
        for (int i = 0; i < emails.length; i++) {
            marks.add(Map.of("email", emails[i], "attended", i == 0));
        }
        Response recorded = fixtures.api().post("/api/sessions/" + sessionId + "/attendance",
                Map.of("attendance", marks), fixtures.admin());
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
        ConsumerRecord<String, byte[]> record;
        try (var consumer = new KafkaTestConsumer(fixtures.bootstrapServers(), List.of(Topics.TRAINING_SESSIONS))) {
            record = consumer.awaitRecord(
                    KafkaTestConsumer.ofType("training.AttendanceRecorded.v1").and(r -> sessionId.equals(r.key()))
                            .and(r -> codec.decode(r).map(e -> ((AttendanceRecorded) e).attended()).orElse(false)));
        }
        String date = java.time.LocalDate.ofInstant(startsAt, uk.socialvalue.contracts.UkTime.ZONE).toString();
        return new Attended(sessionId, booked.text("/id"), (AttendanceRecorded) codec.decode(record).orElseThrow(),
                new String(record.value(), StandardCharsets.UTF_8), date);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
