package uk.socialvalue.training.invoice;

import java.util.Optional;

/**
 * The invoices and credit notes issued. A document's own insert claims its number: the number is unique, so
 * of two writers trying the same number one fails and tries the next, and a number exists only with the
 * document (and its event) that holds it. That is what keeps the series without gaps on any number of instances.
 */
public interface Invoices {

    /** Stores a new document with its number and its event, in one write, unless its number or booking is taken. */
    Added store(IssuedInvoice invoice);

    /** What became of {@link #store}. */
    enum Added {
        /** Stored: the number is its own. */
        STORED,
        /** Another document holds the number: nothing was stored. */
        NUMBER_TAKEN,
        /** The booking has a document of this kind already: nothing was stored. */
        ALREADY_ISSUED
    }

    /** The document of this kind for the booking, if one was issued. */
    Optional<Invoice> of(String bookingId, Invoice.Kind kind);

    /** The highest number known to have been taken in the series; 0 if none. A hint: higher ones may exist. */
    long lastNumber(String series);

    /** Records that the series has reached this number, if it is higher than what is recorded. */
    void reached(String series, long number);
}
