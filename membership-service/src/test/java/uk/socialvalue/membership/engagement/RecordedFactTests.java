package uk.socialvalue.membership.engagement;

import java.time.Instant;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.socialvalue.membership.engagement.Examples.booking;
import static uk.socialvalue.membership.engagement.Examples.invitation;
import static uk.socialvalue.membership.engagement.Examples.source;

class RecordedFactTests {

    static final Instant BOOKED = Instant.parse("2025-03-10T10:00:00Z");

    @Test
    void aNewerReportChangesTheFactAndHandsOnTheChange() {
        var recorded = RecordedFact.first(booking("b1", "org", true, 3, BOOKED), source("training.sessions", 1));

        var cancelled = recorded.after(booking("b1", "org", false, 3, BOOKED.plusSeconds(60)),
                source("training.sessions", 2));

        assertThat(cancelled.version()).as("stored over the version it was loaded at").isEqualTo(recorded.version());
        assertThat(cancelled.change().before().figures().bookings()).isEqualTo(1);
        assertThat(cancelled.change().after().figures().isEmpty()).isTrue();
        assertThat(cancelled.change().source()).isEqualTo(source("training.sessions", 2));
    }

    @Test
    void aRepeatedOrStaleReportChangesNothing() {
        var confirmed = booking("b1", "org", true, 3, BOOKED);
        var recorded = RecordedFact.first(confirmed, source("training.sessions", 1))
                .after(booking("b1", "org", false, 3, BOOKED.plusSeconds(60)), source("training.sessions", 2));

        assertThat(recorded.after(confirmed, source("training.sessions", 9))).isSameAs(recorded);
        assertThat(recorded.after(recorded.current(), source("training.sessions", 9))).isSameAs(recorded);
    }

    @Test
    void keepsTheMonthTheFactWasFirstSeenIn() {
        var recorded = RecordedFact.first(booking("b1", "org", true, 1, BOOKED), source("training.sessions", 1))
                .after(booking("b1", "org", true, 1, Instant.parse("2025-05-02T09:00:00Z")),
                        source("training.sessions", 2));

        assertThat(recorded.change().after().month()).isEqualTo(YearMonth.of(2025, 3));
    }

    @Test
    void ordersReportsOfTheSameInstantByEventIdWhateverOrderTheyArriveIn() {
        var accepted = new InvitationFact("i1", "org", YearMonth.of(2025, 3), InvitationState.ACCEPTED, "b", BOOKED);
        var declined = new InvitationFact("i1", "org", YearMonth.of(2025, 3), InvitationState.DECLINED, "a", BOOKED);

        var oneWay = RecordedFact.first(accepted, source("t", 1)).after(declined, source("t", 2));
        var otherWay = RecordedFact.first(declined, source("t", 1)).after(accepted, source("t", 2));

        assertThat(((InvitationFact) oneWay.current()).state()).isEqualTo(InvitationState.ACCEPTED);
        assertThat(((InvitationFact) otherWay.current()).state()).isEqualTo(InvitationState.ACCEPTED);
        assertThat(invitation("i2", "org", InvitationState.PENDING, BOOKED).key()).isEqualTo("invitation:i2");
    }
}
