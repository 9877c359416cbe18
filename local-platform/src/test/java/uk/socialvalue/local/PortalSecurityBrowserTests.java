package uk.socialvalue.local;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Cookie;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal's security as a browser meets it: a form posted without its CSRF token is refused; no address,
 * page or cookie holds an access token (which {@link Browser} also checks on every page of every journey); a
 * council's contact reaches neither another council's pages nor any staff page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(PortalStack.Shared.class)
class PortalSecurityBrowserTests {

    private final PortalStack stack;
    private final Browser browser;
    private String oldhamOfficer;
    private String rochdale;
    private String rochdaleBooking;

    PortalSecurityBrowserTests(PortalStack stack) {
        this.stack = stack;
        this.browser = stack.browser();
    }

    @BeforeAll
    void twoMemberCouncils() {
        oldhamOfficer = PortalStack.unique("officer") + "@oldham.example";
        stack.memberCouncil("E08000004", oldhamOfficer);
        rochdale = stack.memberCouncil("E08000005", PortalStack.unique("officer") + "@rochdale.example");
        rochdaleBooking = stack.bookFor(rochdale, stack.scheduleSession(5, 25),
                PortalStack.unique("attendee") + "@rochdale.example");
    }

    @Test
    void aContactCannotReachAnotherCouncilsPagesOrAnyStaffPage() {
        browser.signIn(oldhamOfficer, PortalStack.PASSWORD);

        for (String page : new String[] {"/admin", "/admin/applications", "/admin/organisations/" + rochdale,
                "/bookings/" + rochdaleBooking, "/bookings/" + rochdaleBooking + "/cancel"}) {
            browser.open(page);
            assertThat(browser.heading()).as(page).isEqualTo("You cannot see this page");
        }
        browser.open("/account");
        assertThat(browser.heading()).isEqualTo("Oldham");
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefused() {
        browser.signIn(oldhamOfficer, PortalStack.PASSWORD).open("/account/contacts/new")
                .fill("name", "Mallory Forger").fill("email", PortalStack.unique("mallory") + "@oldham.example");
        browser.script("document.querySelector('form[action=\"/account/contacts\"] input[name=_csrf]').remove()");

        browser.press("Add contact");

        assertThat(browser.heading()).isEqualTo("You cannot see this page");
        browser.open("/account");
        assertThat(browser.pageSource()).doesNotContain("Mallory Forger");
    }

    @Test
    void theBrowserHoldsOnlyAnHttpOnlySessionCookieAndNoAccessToken() {
        browser.signIn(oldhamOfficer, PortalStack.PASSWORD).open("/account");

        assertThat(browser.cookies()).extracting(Cookie::getName).containsExactly("SVUK_SESSION");
        Cookie session = browser.cookies().get(0);
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Lax");
        assertThat(Browser.JWT.matcher(session.getValue()).find()).isFalse();
        assertThat(Browser.JWT.matcher(browser.pageSource()).find()).isFalse();
        assertThat(browser.pagesChecked()).as("every page visited was checked for tokens and accessibility")
                .isPositive();
    }
}
