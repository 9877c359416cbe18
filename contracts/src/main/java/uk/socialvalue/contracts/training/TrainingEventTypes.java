package uk.socialvalue.contracts.training;

import java.util.List;

import uk.socialvalue.contracts.EventType;
import uk.socialvalue.contracts.IntegrationEvent;
import uk.socialvalue.contracts.Topics;

/**
 * The event types training-service publishes, all on {@link Topics#TRAINING_SESSIONS}: keyed by session id, bar
 * those of accreditation tracks, keyed by track id.
 */
public final class TrainingEventTypes {

    /** Every training event type, with its topic and current version. */
    public static final List<EventType> ALL = List.of(
            session("SessionScheduled", SessionScheduled.class),
            session("SessionCancelled", SessionCancelled.class),
            session("BookingConfirmed", BookingConfirmed.class),
            session("BookingWaitlisted", BookingWaitlisted.class),
            session("BookingPromoted", BookingPromoted.class),
            session("BookingCancelled", BookingCancelled.class),
            session("SessionReminderDue", SessionReminderDue.class),
            session("AttendanceRecorded", AttendanceRecorded.class),
            session("SessionRescheduled", SessionRescheduled.class),
            session("BookingRescheduled", BookingRescheduled.class),
            session("AttendeesSubstituted", AttendeesSubstituted.class),
            session("InvoiceIssued", InvoiceIssued.class),
            session("CreditNoteIssued", CreditNoteIssued.class),
            session("AccreditationTrackDefined", AccreditationTrackDefined.class),
            session("AccreditationLevelCompleted", AccreditationLevelCompleted.class),
            session("AccreditationExpiryDue", AccreditationExpiryDue.class),
            session("AccreditationLevelWithdrawn", AccreditationLevelWithdrawn.class));

    private TrainingEventTypes() {
    }

    private static EventType session(String name, Class<? extends IntegrationEvent> javaType) {
        return new EventType("training." + name, 1, Topics.TRAINING_SESSIONS, javaType);
    }
}
