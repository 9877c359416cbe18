package uk.socialvalue.local;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.socialvalue.local.TestPlatform.Member;
import uk.socialvalue.support.test.ApiClient.Response;
import uk.socialvalue.support.test.TrainingSessions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member cancels the only place on a session; the booking waiting for it is promoted, and each member hears
 * about their own booking by email.
 */
@EndToEndTest
class WaitingListPromotionEndToEndTests {

    @Test
    void promotesTheWaitingBookingWhenThePlaceIsCancelledAndEmailsBothMembers(TestPlatform platform) {
        Member first = platform.approvedCouncil();
        Member waiting = platform.approvedCouncil();
        String sessionId = platform.scheduleSession(1);
        String firstBooking = book(platform, sessionId, first, "CONFIRMED");
        book(platform, sessionId, waiting, "WAITLISTED");

        Response cancelled = platform.training().post("/api/bookings/" + firstBooking + "/cancellation",
                Map.of("reason", "Our officer is on leave that day"), first.token());

        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(platform.mail().awaitEmail(first.email(), "Booking cancelled: " + TrainingSessions.COURSE_TITLE)
                .text()).contains("Our officer is on leave that day");
        assertThat(platform.mail().awaitEmail(waiting.email(), "Places have come up").attachment("invite.ics"))
                .as("the promoted attendee's calendar entry").isPresent();
    }

    private static String book(TestPlatform platform, String sessionId, Member member, String status) {
        Response booked = platform.training().post("/api/sessions/" + sessionId + "/bookings", Map.of(
                "attendees", List.of(Map.of("name", member.contactName(), "email", member.email()))),
                member.token());
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        assertThat(booked.text("/status")).isEqualTo(status);
        return booked.text("/id");
    }
}
