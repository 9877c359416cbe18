package uk.socialvalue.local;

import java.time.Duration;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import uk.socialvalue.contracts.Slug;
import uk.socialvalue.contracts.UkTime;
import uk.socialvalue.contracts.membership.OrganisationSummary;
import uk.socialvalue.support.test.Councils;
import uk.socialvalue.support.test.TrainingSessions;
import uk.socialvalue.support.test.Unique;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A council officer's whole journey in Chromium, against the real services: apply; SVUK staff approve; set a
 * password from the welcome email; sign in; book places, then another booking that waits; substitute an attendee and
 * download the invoice; see the bookings; cancel one and download its credit note; look up a CPD record; answer a working-group invitation from its email; see the council's own engagement record with what
 * the journey did counted. Every page visited is checked by {@link Browser}.
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

        // Grace cannot come: Katherine takes her place, seat for seat, before the cut-off; the invoice is a download.
        browser.open(confirmed).follow("Change");
        assertThat(browser.heading()).isEqualTo("Change attendees");
        String katherine = Unique.email("katherine", "council.example");
        browser.fill("attendees[1].name", "Katherine Johnson").fill("attendees[1].email", "not an address")
                .press("Save attendees");
        assertThat(browser.text(".govuk-error-summary__list a")).startsWith("Email address of attendee 2");
        browser.fill("attendees[1].email", katherine).press("Save attendees");
        assertThat(browser.text(".govuk-notification-banner__heading")).startsWith("The attendees have been changed");
        assertThat(browser.pageSource()).contains("Katherine Johnson, " + katherine).doesNotContain("Grace Hopper");
        // Invoices are issued from the booking's event, moments after the booking.
        Browser.Download invoice = issued(browser.href("Invoice (PDF)"));
        assertThat(invoice.contentType()).isEqualTo("application/pdf");
        assertThat(invoice.disposition()).startsWith("attachment; filename=\"svuk-invoice-");
        assertThat(invoice.body()).startsWith("%PDF-");

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
        browser.open(confirmed);
        assertThat(browser.texts("#documents a")).containsExactly("Invoice (PDF)", "Credit note (PDF)");
        assertThat(issued(browser.href("Credit note (PDF)")).body()).startsWith("%PDF-");
        browser.open(waiting);
        assertThat(browser.text(".govuk-summary-list .govuk-tag")).isEqualTo("Confirmed");

        // Their people's CPD records: nothing attended yet.
        browser.open("/account").follow("Your people").fill("email", officer).press("Show their record");
        assertThat(browser.pageSource()).contains("No attended courses are recorded for this address.");

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

        // The council's own engagement record, for its social value reporting: what this journey did, counted
        // within seconds. One live booking of one place (the first was cancelled; the waiting one took its places),
        // and the accepted invitation, which with membership makes it engaged.
        browser.open("/account").follow("Your council");
        assertThat(browser.path()).isEqualTo("/account/engagement");
        browser.openUntil("/account/engagement", "#figures", figures -> figures.replaceAll("\\s+", " ").matches(
                "Training bookings 1 Places booked 1 People who attended 0 CPD hours earned 0 "
                        + "Working-group invitations [1-9]\\d* Accepted 1 Declined 0"),
                TestPlatform.ENGAGEMENT_FIGURES_WITHIN);
        assertThat(browser.text(".govuk-caption-l")).isEqualTo(council.name());
        assertThat(browser.text("#level")).isEqualTo("Engaged");
        assertThat(browser.text("#membership")).isEqualTo("Active");
        assertThat(browser.texts("#courses-table tbody tr")).extracting(row -> row.replaceAll("\\s+", " "))
                .containsExactly(TrainingSessions.COURSE_TITLE + " " + TrainingSessions.COURSE_CODE + " 1 1 0 0");
        List<String> months = browser.texts("#trend-table tbody tr");
        String thisMonth = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK).format(YearMonth.now(UkTime.ZONE));
        assertThat(months).hasSize(24);
        assertThat(months.get(23)).matches(thisMonth + " Joined 1 1 0 0 [1-9]\\d* 1 0");
        assertThat(browser.textContent("#trend-chart-title")).isEqualTo("Places booked and people who attended, month by month");
        Browser.Download courses = browser.download(browser.href("Download training by course"));
        assertThat(courses.contentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(courses.disposition()).startsWith("attachment; filename=\"svuk-engagement-"
                + Slug.of(council.name()) + "-by-course-");
        assertThat(courses.body().lines()).containsExactly("courseCode,courseTitle,bookings,attendees,attended,cpdHours",
                TrainingSessions.COURSE_CODE + ",\"" + TrainingSessions.COURSE_TITLE + "\",1,1,0,0");
    }

    /** Downloads a document issued from a booking's event once it is there. */
    private Browser.Download issued(String path) {
        return await().pollDelay(Duration.ZERO).atMost(Duration.ofSeconds(20)).until(() -> browser.download(path),
                download -> download.status() == 200);
    }
}
