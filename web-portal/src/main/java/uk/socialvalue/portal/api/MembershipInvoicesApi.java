package uk.socialvalue.portal.api;

import java.time.LocalDate;
import java.util.List;

import org.springframework.core.ParameterizedTypeReference;

/** An organisation's membership invoices, as membership-service serves them to staff and the organisation's contacts. */
public class MembershipInvoicesApi {

    private final ServiceClient client;

    MembershipInvoicesApi(ServiceClient client) {
        this.client = client;
    }

    public record Contact(String name, String email) {
    }

    public record Period(LocalDate from, LocalDate to) {
    }

    public record Invoice(String number, String kind, LocalDate issuedOn, LocalDate dueOn, String vatNumber,
            String organisationName, Contact billingContact, String purchaseOrder, Period period,
            String description, String net, String vat, String gross) {

        public boolean isRenewal() {
            return "MEMBERSHIP_RENEWAL".equals(kind);
        }
    }

    /** A page of the organisation's invoices, newest first. */
    public List<Invoice> invoicesOf(String organisationId, int page, int size) {
        return client.get(new ParameterizedTypeReference<List<Invoice>>() {
        }, "/api/organisations/{id}/invoices?page={page}&size={size}", organisationId, page, size);
    }

    /** One invoice as PDF, the service's bytes untouched. */
    public byte[] pdf(String organisationId, String number) {
        return client.getPdf("/api/organisations/{id}/invoices/{number}", organisationId, number);
    }
}
