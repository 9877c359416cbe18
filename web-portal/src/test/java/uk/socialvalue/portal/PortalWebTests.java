package uk.socialvalue.portal;

import java.net.HttpCookie;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal's web layer over HTTP, with the services stubbed: sign-in and the session, CSRF, who sees which
 * page, and how the services' refusals and failures are shown. Fast checks beside the browser tests, which run
 * the same pages in Chromium against the real services (the end-to-end module).
 */
class PortalWebTests extends StubbedPortalTest {

    @Test
    void signsInWithTheTokenKeptOnTheServerAndOnlyASessionCookieInTheBrowser() {
        services.answer("POST", "/api/auth/token", 200, StubServices.tokenResponse(CONTACT_TOKEN));

        PortalClient.Page signedIn = portal.signIn("ada@salford.example", "a long enough password");
        PortalClient.Page account = portal.get("/account");

        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(signedIn.location()).endsWith("/account");
        assertThat(signedIn.setCookies()).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("SVUK_SESSION=").contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));
        assertThat(portal.cookies()).extracting(HttpCookie::getName).containsOnly("SVUK_SESSION");
        assertThat(portal.cookies()).extracting(HttpCookie::getValue).noneMatch(value -> value.contains("eyJ"));
        assertThat(account.status()).isEqualTo(200);
        assertThat(account.html().select("h1").text()).isEqualTo("Salford");
        assertThat(account.body()).doesNotContain(CONTACT_TOKEN).doesNotContain("eyJ");
        assertThat(services.received()).filteredOn(r -> r.path().equals("/api/organisations/" + SALFORD))
                .extracting(StubServices.Received::authorization).containsOnly("Bearer " + CONTACT_TOKEN);
    }

    @Test
    void refusesAPostWithoutTheCsrfToken() {
        services.answer("POST", "/api/auth/token", 200, StubServices.tokenResponse(CONTACT_TOKEN));
        portal.signIn("ada@salford.example", "a long enough password");

        PortalClient.Page forged = portal.post("/account/contacts",
                Map.of("name", "Mallory", "email", "mallory@example.org"));
        PortalClient.Page signInWithoutToken = new PortalClient(port).post("/sign-in",
                Map.of("email", "ada@salford.example", "password", "a long enough password"));

        assertThat(forged.status()).isEqualTo(403);
        assertThat(signInWithoutToken.status()).isEqualTo(403);
        assertThat(services.received()).noneMatch(r -> r.path().endsWith("/contacts"));
    }

    @Test
    void pagesAnOrganisationsBookingsTwentyAtATime() {
        services.answer("POST", "/api/auth/token", 200, StubServices.tokenResponse(CONTACT_TOKEN));
        services.answer("GET", "/api/bookings?organisationId=" + SALFORD + "&page=1&size=20", 200, "[]");
        portal.signIn("ada@salford.example", "a long enough password");

        PortalClient.Page second = portal.get("/bookings?page=1");

        assertThat(second.status()).as(second.body()).isEqualTo(200);
        assertThat(second.html().select("a[rel=prev]").attr("href")).endsWith("/bookings?page=0");
        assertThat(second.html().select("a[rel=next]")).as("an empty page is the last").isEmpty();
        assertThat(second.html().select("main").text()).contains("No more bookings");
    }

    @Test
    void showsAContactTheForbiddenPageForStaffPagesAndAnotherCouncilsBooking() {
        services.answer("POST", "/api/auth/token", 200, StubServices.tokenResponse(CONTACT_TOKEN));
        services.answer("GET", "/api/bookings/booking-of-wigan", 404, "{\"status\":404,\"detail\":\"No booking\"}");
        portal.signIn("ada@salford.example", "a long enough password");

        PortalClient.Page admin = portal.get("/admin/applications");
        PortalClient.Page theirs = portal.get("/bookings/booking-of-wigan");

        assertThat(admin.status()).isEqualTo(403);
        assertThat(admin.html().select("h1").text()).as(admin.body()).isEqualTo("You cannot see this page");
        assertThat(theirs.status()).isEqualTo(403);
        assertThat(theirs.html().select("h1").text()).isEqualTo("You cannot see this page");
        assertThat(services.received()).noneMatch(r -> r.path().startsWith("/api/organisations?"));
    }

    @Test
    void keepsStaffOutOfNothingAndAnonymousVisitorsOutOfEverythingButPublicPages() {
        services.answer("GET", "/api/courses?includeRetired=false", 200, "[]");
        services.answer("GET", "/api/sessions", 200, "[]");

        assertThat(portal.get("/").status()).isEqualTo(200);
        assertThat(portal.get("/courses").status()).isEqualTo(200);
        assertThat(portal.get("/apply").status()).isEqualTo(200);
        assertThat(portal.get("/admin").location()).endsWith("/sign-in");
        assertThat(portal.get("/bookings").location()).endsWith("/sign-in");
        assertThat(portal.get("/webjars/govuk-frontend/5.14.0/dist/govuk/assets/fonts/bold-b542beb274-v2.woff2")
                .status()).as("the GDS Transport font is not served").isNotEqualTo(200);
    }

    @Test
    void sendsSomeoneWhoseSessionEndedBackToSignInWithAMessage() {
        HttpCookie stale = new HttpCookie("SVUK_SESSION", "0123456789ABCDEF0123456789ABCDEF");
        stale.setPath("/");
        stale.setVersion(0);
        PortalClient expired = new PortalClient(port);
        expired.addCookie(port, stale);

        PortalClient.Page page = expired.get("/account");
        PortalClient.Page signIn = expired.get(page.location().replaceFirst("^https?://[^/]+", ""));

        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).endsWith("/sign-in?expired");
        assertThat(signIn.body()).contains("Your session has ended");
    }

    @Test
    void namesTheFieldWhenSigningInFailsAndKeepsTheEmail() {
        services.answer("POST", "/api/auth/token", 401, "{\"status\":401,\"detail\":\"The email or password is not right.\"}");

        PortalClient.Page failed = portal.signIn("ada@salford.example", "wrong");
        PortalClient.Page again = portal.get("/sign-in");

        assertThat(failed.location()).endsWith("/sign-in");
        assertThat(again.html().select(".govuk-error-summary a").attr("href")).isEqualTo("#email");
        assertThat(again.html().select("input[name=email]").val()).isEqualTo("ada@salford.example");
        assertThat(again.html().select("input[name=password]").val()).isEmpty();
        assertThat(again.html().title()).startsWith("Error: ");
    }

    @Test
    void showsAServiceRefusalAsAnErrorSummaryLinkedToTheFieldWithTheInputKept() {
        services.answer("POST", "/api/applications", 400, """
                {"status":400,"title":"Invalid request","detail":"Invalid contact.email",
                 "errors":[{"field":"contact.email","message":"must be a well-formed email address"}]}""");

        PortalClient.Page sent = portal.submit("/apply", "/apply", Map.of("organisationType", "LOCAL_AUTHORITY",
                "gssCode", "E08000006", "name", "Ada Lovelace", "email", "not-an-address", "jobTitle", "Lead",
                "membershipType", "LOCAL_AUTHORITY"));
        PortalClient.Page form = portal.get("/apply");

        assertThat(sent.status()).isEqualTo(302);
        assertThat(sent.location()).endsWith("/apply");
        var summary = form.html().select(".govuk-error-summary__list a");
        assertThat(summary).hasSize(1);
        assertThat(summary.attr("href")).isEqualTo("#email");
        assertThat(summary.text()).isEqualTo("Email address must be a well-formed email address");
        assertThat(form.html().select("#email-error").text()).contains("must be a well-formed email address");
        assertThat(form.html().select("input#email").val()).isEqualTo("not-an-address");
        assertThat(form.html().select("input#name").val()).isEqualTo("Ada Lovelace");
        assertThat(form.html().select("select#gssCode option[selected]").val()).isEqualTo("E08000006");
    }

    @Test
    void sendsAnApplicationAndRedirectsToWhatHappensNext() {
        services.answer("POST", "/api/applications", 201, "{\"organisationId\":\"org-new\",\"status\":\"PENDING_APPROVAL\"}");

        PortalClient.Page sent = portal.submit("/apply", "/apply", Map.of("organisationType", "LOCAL_AUTHORITY",
                "gssCode", "E08000006", "name", "Ada Lovelace", "email", "ada@salford.example", "jobTitle", "Lead",
                "membershipType", "LOCAL_AUTHORITY"));

        assertThat(sent.status()).isEqualTo(302);
        assertThat(sent.location()).endsWith("/apply/confirmation");
        assertThat(portal.get("/apply/confirmation").html().select("h1").text()).isEqualTo("Application received");
        assertThat(services.received()).filteredOn(r -> r.path().equals("/api/applications")).singleElement()
                .satisfies(request -> assertThat(request.body()).contains("\"gssCode\":\"E08000006\"",
                        "\"email\":\"ada@salford.example\"", "\"membershipType\":\"LOCAL_AUTHORITY\""));
    }

    @Test
    void showsAConflictAsAPlainMessage() {
        services.answer("POST", "/api/auth/token", 200, StubServices.tokenResponse(CONTACT_TOKEN));
        services.answer("GET", "/api/sessions/session-1", 200, SESSION);
        services.answer("GET", "/api/sessions/session-1/quote?seats=1", 200, """
                {"net":"250.00","vat":"50.00","gross":"300.00","currency":"GBP","basis":"MEMBER"}""");
        services.answer("POST", "/api/sessions/session-1/bookings", 409,
                "{\"status\":409,\"detail\":\"Bookings for this session closed\"}");
        portal.signIn("ada@salford.example", "a long enough password");

        PortalClient.Page sent = portal.submit("/sessions/session-1/book", "/sessions/session-1/book",
                Map.of("attendees[0].name", "Ada Lovelace", "attendees[0].email", "ada@salford.example",
                        "purchaseOrder", "PO-1"));
        PortalClient.Page form = portal.get("/sessions/session-1/book");

        assertThat(sent.location()).endsWith("/sessions/session-1/book");
        assertThat(form.html().select(".govuk-error-summary__body p").text())
                .isEqualTo("Bookings for this session closed");
        assertThat(form.html().select("input[name='attendees[0].email']").val()).isEqualTo("ada@salford.example");
        assertThat(form.html().select("input[name=purchaseOrder]").val()).isEqualTo("PO-1");
    }

    @Test
    void showsAFriendlyPageWhenAServiceFailsOrIsDown() {
        services.answer("GET", "/api/sessions", 200, "[]");
        services.answer("GET", "/api/courses?includeRetired=false", 500, "{\"status\":500}");

        PortalClient.Page failing = portal.get("/courses");

        assertThat(failing.status()).isEqualTo(503);
        assertThat(failing.html().select("h1").text()).isEqualTo("Sorry, there is a problem with the service");
        assertThat(failing.body()).doesNotContain("Exception").doesNotContain("at uk.socialvalue");
    }

    @Test
    void asksForAPasswordResetAndSaysToCheckTheEmail() {
        services.answer("POST", "/api/account/password-reset", 202, "");

        PortalClient.Page sent = portal.submit("/account/forgotten-password", "/account/forgotten-password",
                Map.of("email", "ada@salford.example"));

        assertThat(sent.location()).endsWith("/account/forgotten-password/sent");
        assertThat(portal.get("/account/forgotten-password/sent").html().select("h1").text())
                .isEqualTo("Check your email");
        assertThat(services.received()).filteredOn(r -> r.path().equals("/api/account/password-reset"))
                .singleElement().satisfies(r -> assertThat(r.body()).isEqualTo("{\"email\":\"ada@salford.example\"}"));
    }

    @Test
    void saysResetsAreUnavailableWhenMembershipServiceHasNoResetEndpoint() {
        services.answer("POST", "/api/account/password-reset", 401, "{\"status\":401}");

        PortalClient.Page sent = portal.submit("/account/forgotten-password", "/account/forgotten-password",
                Map.of("email", "ada@salford.example"));

        assertThat(sent.status()).isEqualTo(503);
        assertThat(sent.html().select("h1").text()).isEqualTo("Sorry, there is a problem with the service");
    }

    @Test
    void tellsThePersonOnTheFormThatAPassphraseIsTooLongWithTheSummaryLinkedToTheField() {
        services.answer("POST", "/api/account/password", 400, """
                {"status":400,"title":"Invalid request","detail":"Invalid password",
                 "errors":[{"field":"password","message":"must be at most 72 bytes: about 72 letters, fewer with accents, other alphabets or emoji"}]}""");
        String tooLong = "é".repeat(40);

        portal.get("/account/set-password?token=emailed-token");
        PortalClient.Page form = portal.get("/account/set-password");
        PortalClient.Page sent = portal.post("/account/set-password", Map.of("_csrf", form.csrf(),
                "password", tooLong, "confirmation", tooLong));
        PortalClient.Page again = portal.get("/account/set-password");

        assertThat(sent.location()).endsWith("/account/set-password");
        var summary = again.html().select(".govuk-error-summary__list a");
        assertThat(summary.attr("href")).isEqualTo("#password");
        assertThat(summary.text()).isEqualTo("Your password must be at most 72 bytes: about 72 letters, fewer with "
                + "accents, other alphabets or emoji");
        assertThat(again.html().select("#password-error").text()).contains("72 bytes");
        assertThat(again.body()).doesNotContain(tooLong);
    }

    @Test
    void saysSoWhenSigningInIsRefusedForTooManyWrongPasswords() {
        services.answer("POST", "/api/auth/token", 429, """
                {"status":429,"detail":"Too many wrong passwords for this email address: try again later, or use \\"Forgotten your password?\\"","retryAfterSeconds":840}""");

        portal.signIn("ada@salford.example", "a wrong password");
        PortalClient.Page form = portal.get("/sign-in");

        assertThat(form.html().select(".govuk-error-summary__body p").text())
                .startsWith("Too many wrong passwords for this email address");
    }

    @Test
    void passesThePersonsAddressOnSoThatLimitsPerAddressCountPeopleNotThePortal() {
        services.answer("POST", "/api/account/password-reset", 202, "");

        portal.submit("/account/forgotten-password", "/account/forgotten-password",
                Map.of("email", "ada@salford.example"));

        assertThat(services.received()).filteredOn(r -> r.path().equals("/api/account/password-reset"))
                .singleElement().satisfies(r -> assertThat(r.forwardedFor()).isEqualTo("127.0.0.1"));
    }

    @Test
    void aContactDownloadsWhatEveryServiceHoldsAboutThemAsOneFile() {
        services.answer("POST", "/api/auth/token", 200, StubServices.tokenResponse(CONTACT_TOKEN));
        services.answer("GET", "/api/account/personal-data", 200,
                "{\"service\":\"one of them\",\"personId\":\"person-ada\"}");
        portal.signIn("ada@salford.example", "a long enough password");

        PortalClient.Page download = portal.get("/account/personal-data/download");

        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).contains("\"membership\":{", "\"training\":{", "\"notification\":{",
                "\"personId\":\"person-ada\"");
        assertThat(services.received()).filteredOn(r -> r.path().equals("/api/account/personal-data")).hasSize(3)
                .allSatisfy(r -> assertThat(r.authorization()).isEqualTo("Bearer " + CONTACT_TOKEN));
    }

    @Test
    void takesTheSetPasswordTokenOutOfTheAddressAndSetsThePassword() {
        services.answer("POST", "/api/account/password", 204, "");

        PortalClient.Page link = portal.get("/account/set-password?token=emailed-token");
        PortalClient.Page form = portal.get(link.location().replaceFirst("^https?://[^/]+", ""));
        PortalClient.Page set = portal.post("/account/set-password", Map.of("_csrf", form.csrf(),
                "password", "a long enough password", "confirmation", "a long enough password"));

        assertThat(link.location()).endsWith("/account/set-password");
        assertThat(form.body()).doesNotContain("emailed-token");
        assertThat(set.location()).endsWith("/account/password-set");
        assertThat(services.received()).filteredOn(r -> r.path().equals("/api/account/password")).singleElement()
                .satisfies(r -> assertThat(r.body()).contains("\"token\":\"emailed-token\"",
                        "\"password\":\"a long enough password\""));
    }

    @Test
    void passesAOneClickUnsubscribeOnWithoutASessionOrCsrfToken() {
        services.answer("POST", "/api/unsubscribe/signed-token", 200, "{\"category\":\"RENEWAL_REMINDERS\",\"unsubscribed\":true}");

        PortalClient.Page oneClick = portal.post("/api/unsubscribe/signed-token", Map.of("List-Unsubscribe", "One-Click"));

        assertThat(oneClick.status()).isEqualTo(200);
        assertThat(services.received()).extracting(StubServices.Received::path).contains("/api/unsubscribe/signed-token");
    }

    @Test
    void servesGovukFrontendWithTheSystemFontsInsteadOfGdsTransport() {
        String stylesheet = portal.get("/").html().select("link[rel=stylesheet]").first().attr("href");

        PortalClient.Page css = portal.get(stylesheet);

        assertThat(css.status()).isEqualTo(200);
        assertThat(css.body()).contains(".govuk-header").doesNotContain("GDS Transport").doesNotContain("@font-face")
                .contains("system-ui");
    }

    static final String SESSION = """
            {"id":"session-1","courseId":"course-1","courseCode":"SV-PROC","courseTitle":"Social Value in Procurement",
             "cpdHours":3,"startsAt":"2030-03-05T10:00:00Z","endsAt":"2030-03-05T13:00:00Z","timeZone":"Europe/London",
             "format":"IN_PERSON","venue":"Salford Civic Centre","capacity":20,"seatsLeft":12,"waitlisted":0,
             "prices":{"member":{"net":"250.00","vat":"50.00","gross":"300.00","currency":"GBP","basis":"MEMBER"},
                       "nonMember":{"net":"400.00","vat":"80.00","gross":"480.00","currency":"GBP","basis":"NON_MEMBER"}},
             "bookingCutOff":"2030-03-04T10:00:00Z","status":"SCHEDULED"}""";
}
