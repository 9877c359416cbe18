package uk.socialvalue.portal;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Membership invoices over HTTP with membership-service stubbed: a contact sees their own organisation's, staff any
 * organisation's, newest first; each PDF comes through the portal with the person's token, which never reaches the
 * browser.
 */
class InvoicePagesTests extends StubbedPortalTest {

    static final String INVOICES = """
            [{"number":"MEM-2027-28-000004","kind":"MEMBERSHIP_RENEWAL","issuedOn":"2027-05-02","dueOn":"2027-06-01",
              "vatNumber":"GB 999 9999 73","organisationName":"Salford",
              "billingContact":{"name":"Ada Lovelace","email":"ada@salford.example"},"purchaseOrder":"PO-4471",
              "period":{"from":"2027-01-06","to":"2028-01-06"},"description":"Local authority membership",
              "net":"1500.00","vat":"300.00","gross":"1800.00"},
             {"number":"MEM-2025-26-000031","kind":"MEMBERSHIP_APPROVAL","issuedOn":"2026-01-06","dueOn":"2026-02-05",
              "vatNumber":"GB 999 9999 73","organisationName":"Salford",
              "billingContact":{"name":"Ada Lovelace","email":"ada@salford.example"},"purchaseOrder":null,
              "period":{"from":"2026-01-06","to":"2027-01-06"},"description":"Local authority membership",
              "net":"1500.00","vat":"300.00","gross":"1800.00"}]""";

    @Test
    void showsAContactTheirOrganisationsInvoicesNewestFirstWithTheirPdfs() {
        services.answer("GET", "/api/organisations/" + SALFORD + "/invoices?page=0&size=20", 200, INVOICES);
        signInWith(CONTACT_TOKEN);

        PortalClient.Page page = portal.get("/account/invoices");

        assertThat(page.status()).isEqualTo(200);
        Document html = page.html();
        assertThat(html.select("h1").text()).isEqualTo("Membership invoices");
        assertThat(html.select("#invoices tbody tr").eachText()).containsExactly(
                "MEM-2027-28-000004 Purchase order PO-4471 Renewal: 6 January 2027 to 6 January 2028 2 May 2027 "
                        + "1 June 2027 £1,800.00 Download PDF of invoice MEM-2027-28-000004",
                "MEM-2025-26-000031 Approval: 6 January 2026 to 6 January 2027 6 January 2026 5 February 2026 "
                        + "£1,800.00 Download PDF of invoice MEM-2025-26-000031");
        assertThat(html.select("#invoices a").eachAttr("href")).containsExactly(
                "/account/invoices/MEM-2027-28-000004/pdf", "/account/invoices/MEM-2025-26-000031/pdf");
        assertThat(html.select(".govuk-pagination")).as("one page").isEmpty();
        assertThat(page.body()).doesNotContain("eyJ");
        assertThat(portal.get("/account").html().select("a[href=/account/invoices]").text())
                .isEqualTo("Membership invoices");
    }

    @Test
    void downloadsAnInvoicesPdfThroughThePortalWithTheContactsToken() {
        services.answer("GET", "/api/organisations/" + SALFORD + "/invoices/MEM-2027-28-000004", 200,
                "%PDF-1.4 a membership invoice");
        signInWith(CONTACT_TOKEN);

        PortalClient.Page pdf = portal.get("/account/invoices/MEM-2027-28-000004/pdf");

        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(pdf.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"MEM-2027-28-000004.pdf\"");
        assertThat(pdf.body()).isEqualTo("%PDF-1.4 a membership invoice");
        assertThat(services.received()).filteredOn(r -> r.path().endsWith("/invoices/MEM-2027-28-000004"))
                .singleElement().satisfies(request -> {
                    assertThat(request.accept()).isEqualTo("application/pdf");
                    assertThat(request.authorization()).isEqualTo("Bearer " + CONTACT_TOKEN);
                });
    }

    @Test
    void showsStaffAnyOrganisationsInvoicesFromItsPageAndKeepsContactsOut() {
        services.answer("GET", "/api/organisations/" + SALFORD + "/invoices?page=0&size=20", 200, "[]");
        signInWith(ADMIN_TOKEN);

        Document organisation = portal.get("/admin/organisations/" + SALFORD).html();
        Document html = portal.get("/admin/organisations/" + SALFORD + "/invoices").html();

        assertThat(organisation.select("a[href=/admin/organisations/org-salford/invoices]").text())
                .isEqualTo("Membership invoices");
        assertThat(html.select("h1").text()).isEqualTo("Membership invoices");
        assertThat(html.select(".govuk-back-link").text()).isEqualTo("Salford");
        assertThat(html.select("#no-invoices").text()).startsWith("There are no membership invoices yet");

        signInWith(CONTACT_TOKEN);
        assertThat(portal.get("/admin/organisations/" + SALFORD + "/invoices").status()).isEqualTo(403);
    }
}
