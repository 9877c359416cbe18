package uk.socialvalue.membership.invoice.messaging;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.socialvalue.contracts.Topics;
import uk.socialvalue.membership.invoice.InvoiceDocuments;
import uk.socialvalue.membership.invoice.InvoicingProperties;
import uk.socialvalue.membership.invoice.MembershipInvoices;
import uk.socialvalue.membership.invoice.MembershipInvoicing;
import uk.socialvalue.support.outbox.OutboxCollection;

/** Wires membership invoicing, and declares the invoices' outbox with the topic their events go to. */
@Configuration(proxyBeanMethods = false)
class InvoicingConfiguration {

    @Bean
    MembershipInvoicing membershipInvoicing(MembershipInvoices invoices, InvoiceDocuments documents,
            MembershipInvoicing.Fees fees, InvoicingProperties properties, Clock clock) {
        return new MembershipInvoicing(invoices, documents, fees, properties, clock);
    }

    /** An invoice's event waits in its own document, for the organisations' topic (keyed by organisation). */
    @Bean
    OutboxCollection membershipInvoicesOutbox() {
        return new OutboxCollection("membershipInvoices", Topics.MEMBERSHIP_ORGANISATIONS);
    }
}
