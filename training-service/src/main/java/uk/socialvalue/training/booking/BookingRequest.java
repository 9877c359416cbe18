package uk.socialvalue.training.booking;

import java.util.List;

import uk.socialvalue.contracts.training.Attendee;
import uk.socialvalue.contracts.training.BookingContact;

/**
 * An organisation's request for places on a session.
 *
 * @param organisationId  the booking organisation
 * @param contact         who is booking
 * @param attendees       one per place
 * @param purchaseOrder   the purchase-order number to invoice against, or {@code null}
 */
public record BookingRequest(String organisationId, BookingContact contact, List<Attendee> attendees,
        String purchaseOrder) {

    public BookingRequest {
        attendees = List.copyOf(attendees);
        purchaseOrder = purchaseOrder == null || purchaseOrder.isBlank() ? null : purchaseOrder.strip();
    }
}
