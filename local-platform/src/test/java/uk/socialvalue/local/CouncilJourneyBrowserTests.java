package uk.socialvalue.local;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A council officer's whole journey in Chromium, against the real services: apply; SVUK staff approve; set a
 * password from the welcome email; sign in; book places, then another booking that waits; see the bookings;
 * cancel one; answer a working-group invitation from its email. Every page visited is checked by {@link Browser}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(PortalStack.Shared.class)
class CouncilJourneyBrowserTests {

    private static final String WIGAN = "E08000010";

    private final PortalStack stack;
    private final Browser browser;
    private String sessionId;

    CouncilJourneyBrowserTests(PortalStack stack) {
        this.stack = stack;
        this.browser = stack.browser();
    }

    @BeforeAll
    void scheduleASession() {
        sessionId = stack.scheduleSession(2, 30);
    }

    @Test
    void aCouncilOfficerAppliesIsApprovedBooksCancelsAndAnswersAnInvitation() {
        String officer = PortalStack.unique("ada") + "@wigan.example";

        // Apply: the form, then the answers to check, then what happens next.
        browser.forgetSession().open("/").follow("Become a member");
        assertThat(browser.heading()).isEqualTo("Apply for membership");
        browser.choose("organisationType", "LOCAL_AUTHORITY").select("gssCode", WIGAN)
                .choose("membershipType", "LOCAL_AUTHORITY")
                .fill("name", "Ada Lovelace").fill("email", officer).fill("jobTitle", "Procurement lead")
                .press("Continue");
        assertThat(browser.heading()).isEqualTo("Check your answers before sending your application");
        assertThat(browser.pageSource()).contains("Wigan (North West)", "£1,500.00 a year plus £300.00 VAT");
        browser.press("Send application");
        assertThat(browser.heading()).isEqualTo("Application received");

        // SVUK staff approve it.
        browser.signIn(ServiceDefinitions.ADMIN_EMAIL, ServiceDefinitions.ADMIN_PASSWORD).open("/admin/applications")
                .follow("Wigan");
        assertThat(browser.heading()).isEqualTo("Wigan");
        browser.press("Approve application");
        assertThat(browser.text(".govuk-notification-banner__heading")).startsWith("Wigan is now a member");
        browser.signOut();

        // The welcome email's link opens the portal's set-password page.
        String setPassword = stack.awaitLink(officer, "/account/set-password?token=");
        assertThat(setPassword).startsWith(stack.portalUrl());
        browser.forgetSession().open(setPassword).fill("password", PortalStack.PASSWORD)
                .fill("confirmation", PortalStack.PASSWORD).press("Set password");
        assertThat(browser.heading()).isEqualTo("Your password is set");

        browser.signIn(officer, PortalStack.PASSWORD);
        assertThat(browser.path()).isEqualTo("/account");
        assertThat(browser.heading()).isEqualTo("Wigan");
        assertThat(browser.text(".govuk-summary-list .govuk-tag")).isEqualTo("Active");
        stack.screenshot("portal-account");

        // Book two places: the price is shown before confirming, then the booking is confirmed.
        browser.open("/courses");
        assertThat(browser.heading()).isEqualTo("Training courses");
        stack.screenshot("portal-courses");
        browser.open("/sessions/" + sessionId + "/book")
                .fill("attendees[0].name", "Ada Lovelace").fill("attendees[0].email", officer)
                .press("Add another attendee")
                .fill("attendees[1].name", "Grace Hopper").fill("attendees[1].email", PortalStack.unique("grace") + "@wigan.example")
                .fill("purchaseOrder", "PO-4471").press("Continue");
        assertThat(browser.heading()).isEqualTo("Check your booking");
        assertThat(browser.pageSource()).contains("2 places at the member price", "£500.00", "£100.00", "£600.00");
        stack.screenshot("portal-booking-check");
        browser.press("Confirm booking");
        assertThat(browser.text("#booking-status")).isEqualTo("Confirmed");
        String confirmed = browser.path().replace("/confirmation", "");

        // The session is now full, so the next booking waits.
        browser.open("/sessions/" + sessionId + "/book")
                .fill("attendees[0].name", "Alan Turing").fill("attendees[0].email", PortalStack.unique("alan") + "@wigan.example")
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

        // A working-group invitation, answered from its email.
        String meeting = "Social value in adult social care procurement";
        stack.northWestMeetingWithInvitations(meeting);
        String accept = stack.awaitLink(officer, "answer=ACCEPTED", meeting);
        assertThat(accept).startsWith(stack.portalUrl() + "/rsvp/");
        browser.forgetSession().open(accept);
        assertThat(browser.heading()).isEqualTo(meeting);
        assertThat(browser.text("#rsvp-answer")).isEqualTo("Not answered yet");
        browser.press("Accept");
        assertThat(browser.text("#rsvp-answer")).isEqualTo("You have accepted");
        assertThat(browser.text(".govuk-notification-banner__heading")).startsWith("Thank you: you have accepted");

        browser.signIn(officer, PortalStack.PASSWORD).open("/invitations");
        assertThat(browser.texts(".govuk-table__body .govuk-tag")).contains("Accepted");
    }
}
