package uk.socialvalue.local;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.socialvalue.local.MailCatcherClient.Attachment;
import uk.socialvalue.local.MailCatcherClient.Email;
import uk.socialvalue.local.TestPlatform.Member;
import uk.socialvalue.support.test.ApiClient.Response;
import uk.socialvalue.support.test.TrainingSessions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member books a place on a session at the member price, which training-service knows from membership
 * events; notification-service confirms it by email with the session as a calendar file.
 */
@EndToEndTest
class BookingConfirmationEndToEndTests {

    @Test
    void confirmsABookingByEmailWithTheSessionsCalendarFile(TestPlatform platform) {
        Member member = platform.approvedCouncil();
        String sessionId = platform.scheduleSession(10);

        Response booked = platform.training().post("/api/sessions/" + sessionId + "/bookings", Map.of(
                "attendees", List.of(Map.of("name", member.contactName(), "email", member.email())),
                "purchaseOrder", "PO-E2E"), member.token());

        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        assertThat(booked.text("/status")).isEqualTo("CONFIRMED");
        assertThat(booked.text("/price/basis")).as("priced from membership events").isEqualTo("MEMBER");
        Email confirmation = platform.mail().awaitEmail(member.email(),
                "Booking confirmed: " + TrainingSessions.COURSE_TITLE);
        Attachment invite = confirmation.attachment("invite.ics").orElseThrow();
        String calendar = platform.mail().content(confirmation, invite);
        assertThat(calendar).contains("BEGIN:VCALENDAR", "METHOD:REQUEST", "SUMMARY:" + TrainingSessions.COURSE_TITLE,
                "DTSTART;TZID=Europe/London:");
    }
}
