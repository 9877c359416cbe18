package uk.socialvalue.local;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import uk.socialvalue.contracts.UkTime;
import uk.socialvalue.local.TestPlatform.Applicant;
import uk.socialvalue.support.test.Unique;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SVUK staff's journey in Chromium, against the real services: decide applications (approve, and reject with a
 * reason after leaving it out once), find organisations by region, see renewals, add a course and schedule and
 * cancel a session, define an accreditation track and look up someone's CPD record, see a session's bookings and waiting list, reschedule it (more places promote the waiting list,
 * fewer than are confirmed are refused), create a working group, schedule a meeting, issue its invitations, change
 * it and cancel it, search the email delivery log and resend, look at the dead letters, and see which councils
 * engage, region by region, down to the council approved here, with what this journey booked for it counted.
 */
@BrowserTest
class StaffJourneyBrowserTests {

    private final TestPlatform platform;
    private final Browser browser;

    StaffJourneyBrowserTests(TestPlatform platform, Browser browser) {
        this.platform = platform;
        this.browser = browser;
    }

    @Test
    void staffDecideApplicationsRunTheCalendarAndWorkingGroupsAndFollowTheEmails() {
        Applicant approved = platform.applyForACouncil();
        Applicant rejected = platform.applyForACouncil();
        String council = approved.council().name();

        browser.signIn(ServiceDefinitions.ADMIN_EMAIL, ServiceDefinitions.ADMIN_PASSWORD);
        assertThat(browser.path()).isEqualTo("/admin");
        assertThat(browser.heading()).isEqualTo("Staff pages");

        // Applications: approve one, reject the other with a reason.
        browser.follow("Review applications").follow(council);
        browser.screenshot("portal-staff-application");
        browser.press("Approve application");
        assertThat(browser.text(".govuk-notification-banner__heading")).startsWith(council + " is now a member");
        browser.follow(rejected.council().name()).press("Reject application");
        assertThat(browser.text(".govuk-error-summary__list a")).isEqualTo("Enter the reason, which is emailed to the applicant");
        browser.fill("reason", "The application came in twice; we are keeping the other one.")
                .press("Reject application");
        assertThat(browser.text(".govuk-notification-banner__heading"))
                .startsWith("The application from " + rejected.council().name() + " has been rejected");

        // Organisations by region, and renewals.
        browser.open("/admin/organisations").select("region", approved.council().region()).select("status", "ACTIVE")
                .press("Apply filters");
        assertThat(browser.texts(".govuk-grid-column-two-thirds .govuk-table__body a")).contains(council);
        assertThat(browser.texts("th.govuk-table__header a")).contains("North West", "London");
        browser.follow(council);
        assertThat(browser.heading()).isEqualTo(council);
        browser.open("/admin/renewals");
        assertThat(browser.heading()).isEqualTo("Renewals due");

        // The course calendar: a new course, a session of it, then cancelled with a reason.
        String code = Unique.name("SV").toUpperCase();
        browser.open("/admin/courses").follow("Add a course").fill("code", code)
                .fill("title", "Measuring social value " + code).fill("summary", "Proxies, outcomes and evidence.")
                .fill("cpdHours", "3").press("Add course");
        assertThat(browser.text(".govuk-notification-banner__heading")).contains("Measuring social value " + code);
        LocalDate day = LocalDate.now(UkTime.ZONE).plusDays(45);
        browser.follow("Schedule a session").selectText("courseId", "Measuring social value " + code)
                .fill("day", String.valueOf(day.getDayOfMonth())).fill("month", String.valueOf(day.getMonthValue()))
                .fill("year", String.valueOf(day.getYear())).fill("startTime", "10:00").fill("endTime", "1pm")
                .choose("format", "IN_PERSON").fill("venue", "Bolton Town Hall").fill("capacity", "12")
                .fill("memberPrice", "250.00").fill("nonMemberPrice", "400.00").press("Schedule session");
        assertThat(browser.heading()).isEqualTo("Measuring social value " + code);
        assertThat(browser.pageSource()).contains("10am to 1pm", "12 of 12 left");
        browser.follow("Cancel this session").fill("reason", "The trainer is unwell").press("Cancel the session");
        assertThat(browser.text(".govuk-notification-banner__heading")).startsWith("The session is cancelled");

        // An accreditation track of the new course, and someone's (empty) CPD record.
        browser.open("/admin").follow("Accreditation tracks").follow("Define a track")
                .fill("name", "Practitioner " + code).fill("validityMonths", "24").press("Define track");
        assertThat(browser.texts(".govuk-error-summary__list a")).anyMatch(error -> error.startsWith("The course of level 1"));
        browser.selectText("courseIds[0]", "Measuring social value " + code).fill("validityMonths", "24")
                .press("Define track");
        assertThat(browser.text(".govuk-notification-banner__heading")).startsWith("The track Practitioner " + code);
        assertThat(browser.texts("#tracks tbody tr")).anyMatch(row -> row.contains("Practitioner " + code)
                && row.contains("Measuring social value " + code) && row.contains("24 months"));
        browser.follow("Look up someone").fill("email", approved.email()).press("Show their record");
        assertThat(browser.pageSource()).contains("No attended courses are recorded for this address.",
                "No accreditation levels completed.");

        // A full session's bookings and waiting list.
        String session = platform.scheduleSession(1);
        platform.bookFor(approved.organisationId(), session, Unique.email("first", "council.example"));
        platform.bookFor(approved.organisationId(), session, Unique.email("second", "council.example"));
        browser.open("/admin/sessions/" + session);
        assertThat(browser.pageSource()).contains("Confirmed bookings", "Waiting list", "0 of 1 left, 1 bookings waiting");

        // Rescheduled: a second place promotes the waiting booking; fewer places than are confirmed is refused,
        // beside the field.
        browser.follow("Change the date, times, place or number of places");
        assertThat(browser.value("capacity")).isEqualTo("1");
        browser.fill("capacity", "2").press("Save changes");
        assertThat(browser.text(".govuk-notification-banner__heading")).startsWith("The session has been changed");
        assertThat(browser.pageSource()).contains("0 of 2 left, 0 bookings waiting");
        browser.follow("Change the date, times, place or number of places").fill("capacity", "1").press("Save changes");
        assertThat(browser.text(".govuk-error-summary__list a"))
                .isEqualTo("The capacity cannot go below the 2 seats already confirmed");
        assertThat(browser.text("#capacity-error")).contains("cannot go below the 2 seats");

        // A working group, a meeting, its invitations and the answers so far.
        String group = approved.council().region() + " " + code;
        browser.open("/admin/working-groups").follow("Create a working group").fill("name", group)
                .choose("kind", "REGIONAL").select("region", approved.council().region()).press("Create working group");
        assertThat(browser.heading()).isEqualTo(group);
        LocalDate meetingDay = LocalDate.now(UkTime.ZONE).plusDays(21);
        browser.follow("Schedule a meeting").fill("title", "Social value in housing repairs")
                .fill("day", String.valueOf(meetingDay.getDayOfMonth()))
                .fill("month", String.valueOf(meetingDay.getMonthValue()))
                .fill("year", String.valueOf(meetingDay.getYear())).fill("startTime", "2pm").fill("endTime", "4pm")
                .fill("venue", "Salford Civic Centre").press("Schedule meeting");
        assertThat(browser.heading()).isEqualTo("Social value in housing repairs");
        browser.press("Issue invitations");
        assertThat(browser.text(".govuk-notification-banner__heading")).containsPattern("\\d+ (people have|person has) been invited");
        assertThat(Integer.parseInt(browser.text("#count-PENDING"))).isPositive();
        browser.follow("Change the meeting").fill("title", "Social value in housing repairs and voids")
                .press("Save changes");
        assertThat(browser.text(".govuk-notification-banner__heading")).contains("updated calendar entry");
        assertThat(browser.heading()).isEqualTo("Social value in housing repairs and voids");
        browser.follow("Cancel the meeting");
        assertThat(browser.heading()).isEqualTo("Are you sure you want to cancel this meeting?");
        browser.fill("reason", "The venue is closed for repairs").press("Cancel the meeting");
        assertThat(browser.text(".govuk-notification-banner__heading")).startsWith("The meeting is cancelled");
        assertThat(browser.text("#meeting-cancelled")).endsWith("The venue is closed for repairs");

        // The email delivery log: what the approved council's officer was sent, and one sent again.
        String officer = approved.email();
        platform.mail().awaitEmail(officer, email -> true);
        // Every email to them sent, so none turns from resendable to not (a sent single-use link) under the click.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> platform.notification()
                .get("/api/notifications?status=PENDING&recipient=" + officer, platform.adminToken()).json()
                .get("total").asLong() == 0);
        browser.open("/admin/emails").fill("recipient", officer).press("Search");
        assertThat(browser.texts(".govuk-table__body tr td:nth-child(2)")).isNotEmpty().allMatch(officer::equals);
        browser.press("Resend the email to " + officer);
        assertThat(browser.text(".govuk-notification-banner__heading")).isEqualTo("The email to " + officer
                + " is being sent again.");

        browser.open("/admin/dead-letters");
        assertThat(browser.heading()).isEqualTo("Events the services could not process");

        // Which councils engage: every region, then the approved council's, whose two bookings above are counted
        // within seconds; its membership alone makes it aware (no training attended, no invitation accepted).
        String region = approved.council().region();
        String gssCode = approved.council().gssCode();
        browser.open("/admin").follow("Engagement by region");
        assertThat(browser.heading()).isEqualTo("Engagement by region");
        assertThat(browser.texts("#levels-table tbody th")).hasSize(12).contains(region, "Scotland", "Wales");
        assertThat(browser.textContent("#level-chart-title")).isEqualTo("Councils by engagement level, region by region");
        browser.screenshot("portal-staff-engagement");
        Browser.Download regions = browser.download(browser.href("Download both tables"));
        assertThat(regions.disposition()).startsWith("attachment; filename=\"svuk-engagement-by-region-");
        List<String> regionLines = regions.body().lines().toList();
        assertThat(regionLines).hasSize(13);
        assertThat(regionLines.get(0)).startsWith("region,councils,members,");

        browser.follow(region);
        String regionPage = browser.path();
        browser.openUntil(regionPage, "#council-" + gssCode,
                row -> row.matches(Pattern.quote(council) + " Active Aware 2 0 0 [1-9]\\d* 0"),
                TestPlatform.ENGAGEMENT_FIGURES_WITHIN);
        assertThat(browser.heading()).isEqualTo(region);
        assertThat(browser.download(regionPage + "/councils.csv").body().lines()).anyMatch(line -> line.matches(
                gssCode + ",\"?" + Pattern.quote(council) + "\"?,ACTIVE,2,0,0,[1-9]\\d*,0,AWARE,0"));

        browser.follow(council);
        assertThat(browser.text(".govuk-caption-l")).isEqualTo(council);
        assertThat(browser.text("#level")).isEqualTo("Aware");
        assertThat(browser.text("#attendees12m")).isEqualTo("2");
        assertThat(browser.texts("#courses-table tbody tr")).extracting(row -> row.replaceAll("\\s+", " "))
                .containsExactly("Social Value in Procurement SV-PROC 2 2 0 0");
        List<String> months = browser.download(browser.href("Download month by month")).body().lines().toList();
        assertThat(months).hasSize(25);
        assertThat(months.get(24)).startsWith(YearMonth.now(UkTime.ZONE) + ",true,2,2,0,0,");
    }
}
