package uk.socialvalue.contracts.training;

import java.util.List;

/**
 * A booking as an email about it describes it.
 *
 * @param bookingId         the booking's id
 * @param organisationId    the booking organisation's id
 * @param organisationName  its name as training-service knows it, or {@code null} if not yet known
 * @param contact           who booked, and is told
 * @param attendees         the people holding its places, one seat each
 * @param seats             how many places it holds (the number of attendees)
 * @param purchaseOrder     the organisation's purchase-order number to invoice against, or {@code null}
 * @param price             the price it was made at
 */
public record BookingSummary(String bookingId, String organisationId, String organisationName, BookingContact contact,
        List<Attendee> attendees, int seats, String purchaseOrder, BookingPrice price) {
}
