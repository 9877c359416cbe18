package uk.socialvalue.training.invoice;

import java.util.Optional;

import uk.socialvalue.support.invoicing.GapFreeNumbering;

/**
 * The invoices and credit notes issued. A document's own insert claims its number: the number is unique, so
 * of two writers trying the same number one fails and tries the next, and a number exists only with the
 * document (and its event) that holds it. That is what keeps the series without gaps on any number of instances.
 */
public interface Invoices extends GapFreeNumbering.Counters {

    /** Stores a new document with its number and its event, in one write, unless its number or booking is taken. */
    GapFreeNumbering.Claim store(IssuedInvoice invoice);

    /** The document of this kind for the booking, if one was issued. */
    Optional<Invoice> of(String bookingId, Invoice.Kind kind);
}
