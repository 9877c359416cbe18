package uk.socialvalue.training.booking;

/**
 * What invoicing needs to hear of bookings: a booking got its places (it is invoiced), or a booking that held
 * places was cancelled (it may be credited). Invoicing implements it; bookings never depend on invoicing.
 */
public interface BookingInvoices {

    /** Invoices a booking that has just got its places. */
    void confirmed(Booking booking, Session session);

    /** Credits the invoice of a booking that held places and was cancelled, if the rules give a credit. */
    void cancelled(Booking booking, Session session);
}
