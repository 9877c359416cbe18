package uk.socialvalue.training.invoice;

import java.time.Duration;
import java.time.LocalDate;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of invoicing.
 *
 * @param vatNumber     SVUK's VAT registration number, printed on every invoice ({@code SVUK_TRAINING_INVOICING_VATNUMBER});
 *                      required: an invoice without the right one is no VAT invoice
 * @param paymentTerms  how long after issue an invoice is due
 * @param invoicesFrom  the first day whose confirmed bookings the platform invoices: invoices are issued from the
 *                      bookings' events, and the topic keeps them all, so a consumer group reading it from its start
 *                      never bills the bookings confirmed before (invoiced outside the platform) again
 */
@ConfigurationProperties("svuk.training.invoicing")
public record InvoicingProperties(String vatNumber, @DefaultValue("30d") Duration paymentTerms,
        @DefaultValue("2026-12-01") LocalDate invoicesFrom) {

    public InvoicingProperties {
        if (vatNumber == null || vatNumber.isBlank()) {
            throw new IllegalStateException("svuk.training.invoicing.vat-number is empty: set it (for example through "
                    + "SVUK_TRAINING_INVOICING_VATNUMBER) to SVUK's VAT registration number");
        }
    }
}
