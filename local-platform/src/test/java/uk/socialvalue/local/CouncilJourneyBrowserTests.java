package uk.socialvalue.local;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import uk.socialvalue.contracts.membership.OrganisationSummary;
import uk.socialvalue.support.test.Councils;
import uk.socialvalue.support.test.Unique;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A council officer's whole journey in Chromium, against the real services: apply; SVUK staff approve; set a
 * password from the welcome email; sign in; book places, then another booking that waits; see the bookings;
 * cancel one; answer a working-group invitation from its email. Every page visited is checked by {@link Browser}.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CouncilJourneyBrowserTests {

    private final TestPlatform platform;
    private final Browser browser;
    private String sessionId;

    CouncilJourneyBrowserTests(TestPlatform platform, Browser browser) {
        this.platform = platform;
        this.browser = browser;
    }

    @BeforeAll
    void scheduleASession() {
        sessionId = platform.scheduleSession(2);
    }

    @Test
    void aCouncilOfficerAppliesIsApprovedBooksCancelsAndAnswersAnInvitation() {
        OrganisationSummary council = Councils.next();
        String officer = Unique.email("ada", "council.example");

        // Apply: the form, then the answers to check, then what happens next.
        browser.forgetSession().open("/").follow("Become a member");
        assertThat(browser.heading()).isEqualTo("Apply for membership");
        browser.choose("organisationType", "LOCAL_AUTHORITY").select("gssCode", council.gssCode())
                .choose("membershipType", "LOCAL_AUTHORITY")
                .fill("name", "Ada Lovelace").fill("email", officer).fill("jobTitle", "Procurement lead")
                .press("Continue");
        assertThat(browser.heading()).isEqualTo("Check your answers before sending your application");
        assertThat(browser.pageSource()).contains(council.name() + " (" + council.region() + ")",
                "£1,500.00 a year plus £300.00 VAT");
        browser.press("Send application");
        assertThat(browser.heading()).isEqualTo("Application received");

        // SVUK staff approve it.
        browser.signIn(ServiceDefinitions.ADMIN_EMAIL, ServiceDefinitions.ADMIN_PASSWORD).open("/admin/applications")
                .follow(council.name());
        assertThat(browser.heading()).isEqualTo(council.name());
        browser.press("Approve application");
        assertThat(browser.text(".govuk-notification-banner__heading")).startsWith(council.name() + " is now a member");
        browser.signOut();

        // The welcome email's link opens the portal's set-password page.
        String setPassword = platform.mail().awaitEmail(officer, "Welcome to Social Value UK")
                .link("/account/set-password?token=").orElseThrow();
        assertThat(setPassword).startsWith(platform.portalUrl());
        browser.forgetSession().open(setPassword).fill("password", TestPlatform.PASSWORD)
                .fill("confirmation", TestPlatform.PASSWORD).press("Set password");
        assertThat(browser.heading()).isEqualTo("Your password is set");

        browser.signIn(officer, TestPlatform.PASSWORD);
        assertThat(browser.path()).isEqualTo("/account");
        assertThat(browser.heading()).isEqualTo(council.name());
        assertThat(browser.text(".govuk-summary-list .govuk-tag")).isEqualTo("Active");
        browser.screenshot("portal-account");

        // Book two places: the price is shown before confirming, then the booking is confirmed.
        browser.open("/courses");
        assertThat(browser.heading()).isEqualTo("Training courses");
        browser.screenshot("portal-courses");
        browser.open("/sessions/" + sessionId + "/book")
                .fill("attendees[0].name", "Ada Lovelace").fill("attendees[0].email", officer)
                .press("Add another attendee")
                .fill("attendees[1].name", "Grace Hopper").fill("attendees[1].email", Unique.email("grace", "council.example"))
                .fill("purchaseOrder", "PO-4471").press("Continue");
        assertThat(browser.heading()).isEqualTo("Check your booking");
        assertThat(browser.pageSource()).contains("2 places at the member price", "£500.00", "£100.00", "£600.00");
        browser.screenshot("portal-booking-check");
        browser.press("Confirm booking");
        assertThat(browser.text("#booking-status")).isEqualTo("Confirmed");
        String confirmed = browser.path().replace("/confirmation", "");

        // The session is now full, so the next booking waits.
        browser.open("/sessions/" + sessionId + "/book")
                .fill("attendees[0].name", "Alan Turing").fill("attendees[0].email", Unique.email("alan", "council.example"))
                .press("Continue").press("Confirm booking");
        assertThat(browser.text("#booking-status")).isEqualTo("Waiting list");
        String waiting = browser.path().replace("/confirmation", "");

        browser.open("/bookings");
        assertThat(browser.texts(".govuk-table__body .govuk-tag")).containsExactlyInAnyOrder("Confirmed", "Waiting list");

        // Cancel the confirmed booking, with a confirmation step: the waiting booking takes its places.
        browser.open(confirmed).follow("Cancel this booking");
        assertThat(browser.heading()).isEqualTo("Are you sure you want to cancel this booking?");
        browser.fill("reason", "Budget moved to next year").press("Yes, cancel the booking");
        assertThat(browser.path()).isEqualTo("/bookings");
        assertThat(browser.text(".govuk-notification-banner__heading")).endsWith("has been cancelled.");
        assertThat(browser.texts(".govuk-table__body .govuk-tag")).containsExactlyInAnyOrder("Cancelled", "Confirmed");
        browser.open(waiting);
        assertThat(browser.text(".govuk-summary-list .govuk-tag")).isEqualTo("Confirmed");

        // A working-group invitation of the council's region, answered from its email.
        String meeting = "Social value in adult social care procurement " + Unique.suffix();
        platform.issueInvitations(platform.scheduleMeeting(council.region(), meeting));
        String accept = platform.mail().awaitEmail(officer, "Invitation: " + meeting).link("answer=ACCEPTED")
                .orElseThrow();
        assertThat(accept).startsWith(platform.portalUrl() + "/rsvp/");
        browser.forgetSession().open(accept);
        assertThat(browser.heading()).isEqualTo(meeting);
        assertThat(browser.text("#rsvp-answer")).isEqualTo("Not answered yet");
        browser.press("Accept");
        assertThat(browser.text("#rsvp-answer")).isEqualTo("You have accepted");
        assertThat(browser.text(".govuk-notification-banner__heading")).startsWith("Thank you: you have accepted");

        browser.signIn(officer, TestPlatform.PASSWORD).open("/invitations");
        assertThat(browser.texts(".govuk-table__body .govuk-tag")).contains("Accepted");
    }
}
