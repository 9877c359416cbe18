package uk.socialvalue.portal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages for the training year (issue 12), over HTTP with the services stubbed: staff reschedule a session and
 * change or cancel a meeting; a council's contact substitutes attendees until the cut-off, downloads the invoice,
 * credit note and certificates through the portal; CPD records and accreditation tracks; and the lists the services
 * answer a page at a time, paged. Each journey with its refusal, and no token in any answer.
 */
class TrainingYearPagesTests extends StubbedPortalTest {

    @Test
    void staffRescheduleASessionFromAFormShowingItAsItStands() {
        signInWith(ADMIN_TOKEN);
        services.answer("GET", "/api/sessions/session-1", 200, PortalWebTests.SESSION);
        services.answer("PATCH", "/api/sessions/session-1", 200, PortalWebTests.SESSION);

        PortalClient.Page form = portal.get("/admin/sessions/session-1/reschedule");
        PortalClient.Page saved = portal.submit("/admin/sessions/session-1/reschedule",
                "/admin/sessions/session-1/reschedule", fields("day", "6", "month", "3", "year", "2030",
                        "startTime", "14:00", "endTime", "5pm", "format", "IN_PERSON", "venue", "Salford Lads Club",
                        "onlineUrl", "", "capacity", "30"));

        assertThat(form.html().select("input[name='day']").val()).isEqualTo("5");
        assertThat(form.html().select("input[name='startTime']").val()).isEqualTo("10:00");
        assertThat(form.html().select("input[name='endsNextDay']").hasAttr("checked")).isFalse();
        assertThat(form.html().select("input[name='venue']").val()).isEqualTo("Salford Civic Centre");
        assertThat(form.html().select("input[name='capacity']").val()).isEqualTo("20");
        assertThat(saved.location()).endsWith("/admin/sessions/session-1");
        assertThat(services.received()).filteredOn(r -> r.method().equals("PATCH")).singleElement()
                .satisfies(patch -> {
                    assertThat(patch.authorization()).isEqualTo("Bearer " + ADMIN_TOKEN);
                    assertThat(patch.body()).contains("\"startsAt\":\"2030-03-06T14:00:00Z\"",
                            "\"endsAt\":\"2030-03-06T17:00:00Z\"", "\"venue\":\"Salford Lads Club\"",
                            "\"capacity\":30", "\"format\":\"IN_PERSON\"").doesNotContain("\"onlineUrl\":\"\"");
                });
    }

    @Test
    void reschedulesASessionThatGoesOnPastMidnightWithItsEndOnTheNextDay() {
        signInWith(ADMIN_TOKEN);
        // 8pm to 1am UK time (winter: UTC)
        String lateSession = PortalWebTests.SESSION.replace("\"startsAt\":\"2030-03-05T10:00:00Z\"",
                "\"startsAt\":\"2030-03-05T20:00:00Z\"").replace("\"endsAt\":\"2030-03-05T13:00:00Z\"",
                "\"endsAt\":\"2030-03-06T01:00:00Z\"");
        services.answer("GET", "/api/sessions/session-1", 200, lateSession);
        services.answer("PATCH", "/api/sessions/session-1", 200, lateSession);

        PortalClient.Page form = portal.get("/admin/sessions/session-1/reschedule");
        portal.submit("/admin/sessions/session-1/reschedule", "/admin/sessions/session-1/reschedule",
                fields("day", "5", "month", "3", "year", "2030", "startTime", "20:00", "endTime", "01:30",
                        "endsNextDay", "true", "format", "IN_PERSON", "venue", "Salford Civic Centre", "capacity", "20"));

        assertThat(form.html().select("input[name='endTime']").val()).isEqualTo("01:00");
        assertThat(form.html().select("input[name='endsNextDay']").hasAttr("checked")).isTrue();
        assertThat(services.received()).filteredOn(r -> r.method().equals("PATCH")).singleElement()
                .satisfies(patch -> assertThat(patch.body()).contains("\"startsAt\":\"2030-03-05T20:00:00Z\"",
                        "\"endsAt\":\"2030-03-06T01:30:00Z\""));
    }

    @Test
    void showsFewerPlacesThanAreConfirmedBesideThePlacesWithTheInputKept() {
        signInWith(ADMIN_TOKEN);
        services.answer("GET", "/api/sessions/session-1", 200, PortalWebTests.SESSION);
        services.answer("PATCH", "/api/sessions/session-1", 409, """
                {"status":409,"title":"Conflict","detail":"The capacity cannot go below the 8 seats already confirmed",
                 "confirmedSeats":8}""");

        PortalClient.Page refused = portal.submit("/admin/sessions/session-1/reschedule",
                "/admin/sessions/session-1/reschedule", fields("day", "5", "month", "3", "year", "2030",
                        "startTime", "10:00", "endTime", "13:00", "format", "IN_PERSON", "venue", "Salford Civic Centre",
                        "capacity", "4"));
        PortalClient.Page form = portal.get("/admin/sessions/session-1/reschedule");

        assertThat(refused.location()).endsWith("/admin/sessions/session-1/reschedule");
        assertThat(form.html().select(".govuk-error-summary__list a").attr("href")).isEqualTo("#capacity");
        assertThat(form.html().select("#capacity-error").text())
                .contains("The capacity cannot go below the 8 seats already confirmed");
        assertThat(form.html().select("input[name='capacity']").val()).isEqualTo("4");
        assertThat(form.html().title()).startsWith("Error: ");
    }

    @Test
    void staffChangeAMeetingAndCancelItAfterAConfirmationStep() {
        signInWith(ADMIN_TOKEN);
        services.answer("GET", "/api/meetings/meeting-1", 200, MEETING);
        services.answer("PATCH", "/api/meetings/meeting-1", 200, MEETING);
        services.answer("POST", "/api/meetings/meeting-1/cancellation", 200,
                MEETING.replace("\"cancelledAt\":null", "\"cancelledAt\":\"2030-01-10T09:00:00Z\""));

        PortalClient.Page edit = portal.get("/admin/meetings/meeting-1/edit");
        PortalClient.Page changed = portal.submit("/admin/meetings/meeting-1/edit", "/admin/meetings/meeting-1/edit",
                fields("title", "Spring meeting", "day", "12", "month", "2", "year", "2030", "startTime", "10:00",
                        "endTime", "12:00", "venue", "", "onlineUrl", "https://meet.example/svuk", "agenda", ""));
        PortalClient.Page confirm = portal.get("/admin/meetings/meeting-1/cancel");
        PortalClient.Page cancelled = portal.submit("/admin/meetings/meeting-1/cancel",
                "/admin/meetings/meeting-1/cancel", fields("reason", "The venue is closed"));

        assertThat(edit.html().select("input[name='title']").val()).isEqualTo("North West spring meeting");
        assertThat(changed.location()).endsWith("/admin/meetings/meeting-1");
        assertThat(services.received()).filteredOn(r -> r.method().equals("PATCH")).singleElement()
                .satisfies(patch -> assertThat(patch.body()).contains("\"title\":\"Spring meeting\"",
                        "\"startsAt\":\"2030-02-12T10:00:00Z\"", "\"venue\":\"\"",
                        "\"onlineUrl\":\"https://meet.example/svuk\""));
        assertThat(confirm.html().select("h1").text()).isEqualTo("Are you sure you want to cancel this meeting?");
        assertThat(services.received()).filteredOn(r -> r.path().endsWith("/cancellation")).singleElement()
                .satisfies(post -> assertThat(post.body()).contains("\"reason\":\"The venue is closed\""));
        assertThat(cancelled.location()).endsWith("/admin/meetings/meeting-1");
    }

    @Test
    void showsAMeetingThatCannotBeCancelledAnyMoreAsAPlainMessage() {
        signInWith(ADMIN_TOKEN);
        services.answer("GET", "/api/meetings/meeting-1", 200, MEETING);
        services.answer("POST", "/api/meetings/meeting-1/cancellation", 409,
                "{\"status\":409,\"detail\":\"The meeting has started; it can no longer be cancelled\"}");

        portal.submit("/admin/meetings/meeting-1/cancel", "/admin/meetings/meeting-1/cancel", fields("reason", ""));
        PortalClient.Page again = portal.get("/admin/meetings/meeting-1/cancel");

        assertThat(again.html().select(".govuk-error-summary__body p").text())
                .isEqualTo("The meeting has started; it can no longer be cancelled");
    }

    @Test
    void aContactSubstitutesAnAttendeeSeatForSeatBeforeTheCutOff() {
        signInWith(CONTACT_TOKEN);
        services.answer("GET", "/api/bookings/booking-1", 200, BOOKING);
        services.answer("GET", "/api/sessions/session-1", 200, PortalWebTests.SESSION);
        services.answer("PUT", "/api/bookings/booking-1/attendees", 200, BOOKING);

        PortalClient.Page booking = portal.get("/bookings/booking-1");
        PortalClient.Page form = portal.get("/bookings/booking-1/attendees");
        PortalClient.Page saved = portal.submit("/bookings/booking-1/attendees", "/bookings/booking-1/attendees",
                fields("attendees[0].name", "Ada Lovelace", "attendees[0].email", "ada@salford.example",
                        "attendees[1].name", "Mary Somerville", "attendees[1].email", "mary@salford.example"));

        assertThat(booking.html().select("a[href='/bookings/booking-1/attendees']")).isNotEmpty();
        assertThat(form.html().select("input[name='attendees[1].email']").val()).isEqualTo("charles@salford.example");
        assertThat(saved.location()).endsWith("/bookings/booking-1");
        assertThat(portal.get("/bookings/booking-1").html().select(".govuk-notification-banner__heading").text())
                .startsWith("The attendees have been changed");
        assertThat(services.received()).filteredOn(r -> r.method().equals("PUT")).singleElement()
                .satisfies(put -> assertThat(put.body()).contains("\"attendees\":[{\"name\":\"Ada Lovelace\"",
                        "{\"name\":\"Mary Somerville\",\"email\":\"mary@salford.example\"}"));
    }

    @Test
    void namesTheRowOfAWrongSubstituteAndSaysWhyAttendeesCannotChangeAfterTheCutOff() {
        signInWith(CONTACT_TOKEN);
        services.answer("GET", "/api/bookings/booking-1", 200, BOOKING);
        services.answer("GET", "/api/sessions/session-1", 200, PortalWebTests.SESSION);
        services.answer("PUT", "/api/bookings/booking-1/attendees", 400, """
                {"status":400,"detail":"Invalid attendees[1].email",
                 "errors":[{"field":"attendees[1].email","message":"must be a well-formed email address"}]}""");
        services.answer("GET", "/api/sessions/session-past-cut-off", 200, PortalWebTests.SESSION
                .replace("\"session-1\"", "\"session-past-cut-off\"")
                .replace("2030-03-04T10:00:00Z", "2020-03-04T10:00:00Z"));
        services.answer("GET", "/api/bookings/booking-late", 200, BOOKING.replace("booking-1", "booking-late")
                .replace("\"sessionId\":\"session-1\"", "\"sessionId\":\"session-past-cut-off\""));

        portal.submit("/bookings/booking-1/attendees", "/bookings/booking-1/attendees",
                fields("attendees[0].name", "Ada Lovelace", "attendees[0].email", "ada@salford.example",
                        "attendees[1].name", "Mary Somerville", "attendees[1].email", "mary"));
        PortalClient.Page refused = portal.get("/bookings/booking-1/attendees");
        PortalClient.Page late = portal.get("/bookings/booking-late");
        PortalClient.Page lateForm = portal.get("/bookings/booking-late/attendees");

        assertThat(refused.html().select(".govuk-error-summary__list a").attr("href")).isEqualTo("#attendees-1-email");
        assertThat(refused.html().select("#attendees-1-email-error").text())
                .contains("Email address of attendee 2 must be a well-formed email address");
        assertThat(refused.html().select("input[name='attendees[1].email']").val()).isEqualTo("mary");
        assertThat(late.html().select("a[href='/bookings/booking-late/attendees']")).isEmpty();
        assertThat(late.html().select("#attendees-closed").text()).contains("could be changed until Wednesday 4 March 2020, 10am");
        assertThat(lateForm.html().select("form input[name^='attendees']")).isEmpty();
        assertThat(lateForm.html().select("#attendees-closed").text()).contains("please contact SVUK");
    }

    @Test
    void downloadsTheInvoiceAndTheCertificatesOfThoseWhoAttendedThroughThePortal() {
        signInWith(CONTACT_TOKEN);
        String attended = BOOKING.replace("\"email\":\"ada@salford.example\",\"attended\":null",
                "\"email\":\"ada@salford.example\",\"attended\":true");
        services.answer("GET", "/api/bookings/booking-1", 200, attended);
        services.answer("GET", "/api/sessions/session-1", 200, PortalWebTests.SESSION);
        services.answerPdf("/api/bookings/booking-1/invoice", "%PDF-1.7 invoice SVUK-2030-00042 %%EOF");
        services.answerPdf("/api/bookings/booking-1/attendees/ada%40salford.example/certificate",
                "%PDF-1.7 certificate Ada Lovelace %%EOF");

        PortalClient.Page booking = portal.get("/bookings/booking-1");
        PortalClient.Page invoice = portal.get("/bookings/booking-1/invoice.pdf");
        PortalClient.Page certificate = portal.get("/bookings/booking-1/certificate?email=ada@salford.example");
        PortalClient.Page absent = portal.get("/bookings/booking-1/certificate?email=charles@salford.example");

        assertThat(booking.html().select("#documents a").eachText())
                .containsExactly("Invoice (PDF)", "Certificate of attendance for Ada Lovelace (PDF)");
        assertThat(invoice.status()).isEqualTo(200);
        assertThat(invoice.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(invoice.header("Content-Disposition")).startsWith("attachment")
                .contains("svuk-invoice-booking-1.pdf");
        assertThat(invoice.header("Cache-Control")).contains("no-store");
        assertThat(invoice.body()).isEqualTo("%PDF-1.7 invoice SVUK-2030-00042 %%EOF");
        assertThat(certificate.body()).isEqualTo("%PDF-1.7 certificate Ada Lovelace %%EOF");
        assertThat(certificate.header("Content-Disposition")).contains("svuk-certificate-ada-lovelace.pdf");
        assertThat(absent.status()).as("no certificate for someone who did not attend").isEqualTo(404);
        assertThat(services.received()).filteredOn(r -> r.path().endsWith("/certificate")).singleElement()
                .satisfies(call -> {
                    assertThat(call.accept()).isEqualTo("application/pdf");
                    assertThat(call.authorization()).isEqualTo("Bearer " + CONTACT_TOKEN);
                });
        assertThat(booking.body() + invoice.body() + certificate.body() + invoice.headers().map())
                .doesNotContain(CONTACT_TOKEN).doesNotContain("eyJ");
    }

    @Test
    void offersTheCreditNoteOfABookingCancelledBeforeTheCutOffAndRefusesAnotherCouncilsInvoice() {
        signInWith(CONTACT_TOKEN);
        services.answer("GET", "/api/bookings/booking-1", 200, BOOKING.replace("\"status\":\"CONFIRMED\"",
                "\"status\":\"CANCELLED\"").replace("\"cancelledAt\":null", "\"cancelledAt\":\"2030-02-01T09:00:00Z\""));
        services.answer("GET", "/api/sessions/session-1", 200, PortalWebTests.SESSION);
        services.answerPdf("/api/bookings/booking-1/credit-note", "%PDF-1.7 credit note %%EOF");
        services.answer("GET", "/api/bookings/booking-of-wigan", 404, "{\"status\":404,\"detail\":\"No booking\"}");

        PortalClient.Page booking = portal.get("/bookings/booking-1");
        PortalClient.Page creditNote = portal.get("/bookings/booking-1/credit-note.pdf");
        PortalClient.Page theirs = portal.get("/bookings/booking-of-wigan/invoice.pdf");

        assertThat(booking.html().select("#documents a").eachText()).containsExactly("Invoice (PDF)", "Credit note (PDF)");
        assertThat(creditNote.body()).isEqualTo("%PDF-1.7 credit note %%EOF");
        assertThat(theirs.status()).isEqualTo(403);
        assertThat(services.received()).noneMatch(r -> r.path().equals("/api/bookings/booking-of-wigan/invoice"));
    }

    @Test
    void showsAPersonsCpdRecordAndAccreditationToAContactAndToStaff() {
        services.answer("GET", "/api/cpd?email=ada@salford.example", 200, """
                {"email":"ada@salford.example","totalHours":9.5,
                 "courses":[{"courseTitle":"Social Value in Procurement","courseCode":"SV-PROC","date":"2029-03-05",
                   "cpdHours":3,"bookingId":"booking-1","certificateCode":"K7QP-2M4X"},
                   {"courseTitle":"Measuring Social Value","courseCode":"SV-MEAS","date":"2030-01-20",
                   "cpdHours":6.5,"bookingId":"booking-2","certificateCode":"R2TT-9WQA"}],
                 "periods":[{"from":"2029-02-01","to":"2030-01-31","hours":6.5},
                            {"from":"2028-02-01","to":"2029-01-31","hours":0}]}""");
        services.answer("GET", "/api/accreditations?email=ada@salford.example", 200, """
                [{"trackId":"track-1","trackName":"Social Value Practitioner","level":2,"levels":3,
                  "levelTitle":"Measuring Social Value","organisationId":"org-salford","completedOn":"2030-01-20",
                  "expiresOn":"2032-01-20","valid":true}]""");
        signInWith(CONTACT_TOKEN);

        PortalClient.Page contact = portal.get("/account/cpd?email=ada@salford.example");
        signInWith(ADMIN_TOKEN);
        PortalClient.Page staff = portal.get("/admin/cpd?email=ada@salford.example");

        for (PortalClient.Page page : new PortalClient.Page[] {contact, staff}) {
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            assertThat(page.html().select("#cpd-total").text()).isEqualTo("9.5 hours");
            assertThat(page.html().select("#cpd-periods tbody tr").first().text())
                    .isEqualTo("1 February 2029 to 31 January 2030 6.5 hours");
            assertThat(page.html().select("#cpd-courses tbody tr")).hasSize(2);
            assertThat(page.html().select("#accreditations tbody td").eachText())
                    .contains("Level 2 of 3: Measuring Social Value", "20 January 2032");
        }
        assertThat(contact.html().select("#cpd-courses a").attr("href"))
                .isEqualTo("/bookings/booking-1/certificate?email=ada@salford.example");
    }

    @Test
    void namesTheEmailFieldWhenTheCpdRecordIsAskedForABadAddress() {
        services.answer("GET", "/api/cpd?email=not-an-address", 400, """
                {"status":400,"detail":"Invalid email","errors":[{"field":"email","message":"must be an email address"}]}""");
        signInWith(ADMIN_TOKEN);

        PortalClient.Page page = portal.get("/admin/cpd?email=not-an-address");

        assertThat(page.html().select(".govuk-error-summary__list a").attr("href")).isEqualTo("#email");
        assertThat(page.html().select("#email-error").text()).contains("Email address must be an email address");
        assertThat(page.html().select("input[name='email']").val()).isEqualTo("not-an-address");
    }

    @Test
    void staffDefineAnAccreditationTrackWithItsCoursesInOrder() {
        signInWith(ADMIN_TOKEN);
        services.answer("GET", "/api/courses?includeRetired=false", 200, """
                [{"id":"course-1","code":"SV-PROC","title":"Social Value in Procurement","cpdHours":3,"status":"ACTIVE"},
                 {"id":"course-2","code":"SV-MEAS","title":"Measuring Social Value","cpdHours":6,"status":"ACTIVE"}]""");
        services.answer("POST", "/api/accreditation-tracks", 201, TRACK);
        services.answer("GET", "/api/accreditation-tracks", 200, "[" + TRACK + "]");

        PortalClient.Page defined = portal.submit("/admin/accreditation/new", "/admin/accreditation",
                fields("name", "Social Value Practitioner", "courseIds[0]", "course-1", "courseIds[1]", "",
                        "courseIds[2]", "course-2", "validityMonths", "24"));
        PortalClient.Page tracks = portal.get("/admin/accreditation");

        assertThat(services.received()).filteredOn(r -> r.method().equals("POST")
                        && r.path().equals("/api/accreditation-tracks")).singleElement()
                .satisfies(post -> assertThat(post.body()).contains("\"courseIds\":[\"course-1\",\"course-2\"]",
                        "\"validityMonths\":24"));
        assertThat(defined.location()).endsWith("/admin/accreditation");
        assertThat(tracks.html().select("#tracks tbody tr").text())
                .contains("Social Value Practitioner", "Social Value in Procurement", "24 months");
    }

    @Test
    void linksATrackRefusedForItsCoursesToTheFirstLevel() {
        signInWith(ADMIN_TOKEN);
        services.answer("GET", "/api/courses?includeRetired=false", 200, "[]");
        services.answer("POST", "/api/accreditation-tracks", 400, """
                {"status":400,"detail":"Invalid courseIds","errors":[{"field":"courseIds","message":"must not be empty"}]}""");

        portal.submit("/admin/accreditation/new", "/admin/accreditation",
                fields("name", "Social Value Practitioner", "validityMonths", "24"));
        PortalClient.Page form = portal.get("/admin/accreditation/new");

        assertThat(form.html().select(".govuk-error-summary__list a").attr("href")).isEqualTo("#courseIds-0");
        assertThat(form.html().select("#courseIds-0-error").text()).contains("The course of level 1 must not be empty");
        assertThat(form.html().select("input[name='name']").val()).isEqualTo("Social Value Practitioner");
    }

    @Test
    void pagesASessionsBookingsAndTheUpcomingSessionsAHundredAtATime() {
        signInWith(ADMIN_TOKEN);
        services.answer("GET", "/api/sessions/session-1", 200, PortalWebTests.SESSION);
        services.answer("GET", "/api/sessions/session-1/bookings?page=1&size=100", 200, "[" + BOOKING + "]");
        services.answer("GET", "/api/courses?includeRetired=true", 200, "[]");
        String fullPage = IntStream.range(0, 100).mapToObj(i -> PortalWebTests.SESSION.replace("session-1", "s-" + i))
                .collect(Collectors.joining(",", "[", "]"));
        services.answer("GET", "/api/sessions?page=0&size=100", 200, fullPage);

        PortalClient.Page session = portal.get("/admin/sessions/session-1?page=1");
        PortalClient.Page calendar = portal.get("/admin/courses");

        assertThat(session.status()).as(session.body()).isEqualTo(200);
        assertThat(session.html().select("a[rel=prev]").attr("href")).endsWith("/admin/sessions/session-1?page=0");
        assertThat(session.html().select("a[rel=next]")).as("a page not full is the last").isEmpty();
        assertThat(session.html().select("main").text()).contains("Charles Babbage");
        assertThat(calendar.html().select("a[rel=next]").attr("href")).endsWith("/admin/courses?page=1");
        assertThat(calendar.html().select("a[href^='/admin/sessions/s-']")).hasSize(100);
    }

    @Test
    void pagesAMeetingsInvitationsByTheCountsOfAllOfThem() {
        signInWith(ADMIN_TOKEN);
        services.answer("GET", "/api/meetings/meeting-1", 200, MEETING);
        services.answer("GET", "/api/meetings/meeting-1/invitations?page=1&size=100", 200, """
                {"items":[{"id":"inv-1","personId":"p-1","email":"ada@salford.example","name":"Ada Lovelace",
                  "organisationId":"org-salford","organisationName":"Salford","status":"ACCEPTED",
                  "invitedAt":"2030-01-02T09:00:00Z"}],
                 "page":1,"size":100,"counts":{"ACCEPTED":120,"PENDING":130}}""");

        PortalClient.Page second = portal.get("/admin/meetings/meeting-1?page=1");

        assertThat(second.status()).as(second.body()).isEqualTo(200);
        assertThat(second.html().select("a[rel=prev]").attr("href")).endsWith("/admin/meetings/meeting-1?page=0");
        assertThat(second.html().select("a[rel=next]").attr("href")).endsWith("/admin/meetings/meeting-1?page=2");
        assertThat(second.html().select("#count-ACCEPTED").text()).isEqualTo("120");
    }

    private static Map<String, String> fields(String... namesAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }

    static final String MEETING = """
            {"id":"meeting-1","workingGroupId":"group-1","workingGroupName":"North West councils",
             "title":"North West spring meeting","agenda":"Social value in housing",
             "startsAt":"2030-02-12T10:00:00Z","endsAt":"2030-02-12T12:00:00Z","venue":"Salford Civic Centre",
             "onlineUrl":null,"scheduledAt":"2030-01-01T09:00:00Z","invitationsIssuedAt":"2030-01-02T09:00:00Z",
             "cancelledAt":null,"cancellationReason":null,"invitationCounts":{"ACCEPTED":1}}""";

    static final String BOOKING = """
            {"id":"booking-1","sessionId":"session-1","organisationId":"org-salford","organisationName":"Salford",
             "status":"CONFIRMED","seats":2,"waitlistPosition":null,
             "attendees":[{"name":"Ada Lovelace","email":"ada@salford.example","attended":null},
                          {"name":"Charles Babbage","email":"charles@salford.example","attended":false}],
             "purchaseOrder":"PO-1","price":{"net":"500.00","vat":"100.00","gross":"600.00","currency":"GBP",
             "basis":"MEMBER"},"contact":{"personId":"person-ada","name":"Ada Lovelace","email":"ada@salford.example"},
             "bookedAt":"2030-01-05T10:00:00Z","confirmedAt":"2030-01-05T10:00:00Z","cancelledAt":null,
             "cancellationReason":null,"session":{"courseTitle":"Social Value in Procurement",
             "startsAt":"2030-03-05T10:00:00Z","endsAt":"2030-03-05T13:00:00Z","format":"IN_PERSON",
             "venue":"Salford Civic Centre","onlineUrl":null}}""";

    static final String TRACK = """
            {"id":"track-1","name":"Social Value Practitioner","validityMonths":24,
             "levels":[{"number":1,"courseId":"course-1","courseCode":"SV-PROC","courseTitle":"Social Value in Procurement"},
                       {"number":2,"courseId":"course-2","courseCode":"SV-MEAS","courseTitle":"Measuring Social Value"}]}""";
}
