package uk.socialvalue.local;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A membership's invoice, across the real services: SVUK staff approve a council, membership-service invoices the
 * approval, notification-service emails the invoice with its PDF to the primary contact, and both the contact (under
 * their organisation) and staff (on the organisation's page) see it in the portal. Every page visited is checked
 * by {@link Browser}.
 */
@BrowserTest
class InvoicesBrowserTests {

    private final TestPlatform platform;
    private final Browser browser;

    InvoicesBrowserTests(TestPlatform platform, Browser browser) {
        this.platform = platform;
        this.browser = browser;
    }

    @Test
    void anApprovedCouncilIsEmailedItsInvoiceAndSeesItBesideStaff() {
        TestPlatform.Member member = platform.approvedCouncil();

        var email = platform.mail().awaitEmail(member.email(), "Invoice MEM-");
        String number = email.subject().substring("Invoice ".length(), email.subject().indexOf(':'));
        assertThat(email.attachment(number + ".pdf")).as("the invoice's PDF is attached")
                .hasValueSatisfying(pdf -> assertThat(pdf.contentType()).startsWith("application/pdf"));

        browser.signIn(member.email(), TestPlatform.PASSWORD).open("/account").follow("Membership invoices");
        assertThat(browser.heading()).isEqualTo("Membership invoices");
        assertThat(browser.texts("#invoices tbody tr")).singleElement().satisfies(row -> assertThat(row)
                .contains(number, "Approval", "£1,800.00", "Download PDF"));
        String pdfLink = browser.href("Download PDF");
        assertThat(pdfLink).isEqualTo("/account/invoices/" + number + "/pdf");
        Browser.Download pdf = browser.download(pdfLink);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.disposition()).contains(number + ".pdf");
        assertThat(pdf.body()).startsWith("%PDF-");

        browser.signIn(ServiceDefinitions.ADMIN_EMAIL, ServiceDefinitions.ADMIN_PASSWORD)
                .open("/admin/organisations/" + member.organisationId()).follow("Membership invoices");
        assertThat(browser.texts("#invoices tbody tr")).singleElement().satisfies(row -> assertThat(row)
                .contains(number, "Approval", "£1,800.00"));
        browser.signOut();
    }
}
