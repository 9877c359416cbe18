package uk.socialvalue.contracts.training;

import java.time.Instant;

/**
 * A confirmed booking was invoiced: the booking contact gets the invoice by email, with its PDF.
 *
 * @param eventId     set once by training-service
 * @param occurredAt  when it was issued
 * @param sessionId   the session
 * @param session     what the session is
 * @param booking     the booking invoiced
 * @param invoice     the invoice
 */
public record InvoiceIssued(String eventId, Instant occurredAt, String sessionId, SessionDetails session,
        BookingSummary booking, InvoiceDetails invoice) implements TrainingEvent {
}
