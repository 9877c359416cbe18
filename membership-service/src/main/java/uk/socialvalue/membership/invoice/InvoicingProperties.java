package uk.socialvalue.membership.invoice;

import java.time.Duration;
import java.time.LocalDate;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of membership invoicing.
 *
 * @param vatNumber     SVUK's VAT registration number, printed on every invoice
 *                      ({@code SVUK_MEMBERSHIP_INVOICING_VATNUMBER}); required: an invoice without the right one is
 *                      no VAT invoice
 * @param paymentTerms  how long after issue an invoice is due
 * @param invoicesFrom  the first day whose approvals and renewals the platform invoices: earlier ones were invoiced
 *                      outside it, so reading the memberships' history from its start never bills them again
 */
@ConfigurationProperties("svuk.membership.invoicing")
public record InvoicingProperties(String vatNumber, @DefaultValue("30d") Duration paymentTerms,
        @DefaultValue("2026-12-01") LocalDate invoicesFrom) {

    public InvoicingProperties {
        if (vatNumber == null || vatNumber.isBlank()) {
            throw new IllegalStateException("svuk.membership.invoicing.vat-number is empty: set it (for example "
                    + "through SVUK_MEMBERSHIP_INVOICING_VATNUMBER) to SVUK's VAT registration number");
        }
    }
}
