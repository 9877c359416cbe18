package uk.socialvalue.contracts.training;

import java.time.Instant;

/**
 * A booking cancelled before the cut-off (or with its session) was credited: the booking contact gets the
 * credit note by email, with its PDF.
 *
 * @param eventId     set once by training-service
 * @param occurredAt  when it was issued
 * @param sessionId   the session
 * @param session     what the session is
 * @param booking     the booking credited
 * @param creditNote  the credit note, naming the invoice it cancels
 */
public record CreditNoteIssued(String eventId, Instant occurredAt, String sessionId, SessionDetails session,
        BookingSummary booking, InvoiceDetails creditNote) implements TrainingEvent {
}
