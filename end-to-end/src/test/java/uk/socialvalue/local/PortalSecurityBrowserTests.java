package uk.socialvalue.local;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.Cookie;

import uk.socialvalue.contracts.Slug;
import uk.socialvalue.local.TestPlatform.Member;
import uk.socialvalue.support.test.Unique;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal's security as a browser meets it: a form posted without its CSRF token is refused; no address,
 * page or cookie holds an access token (which {@link Browser} also checks on every page of every journey); a
 * council's contact reaches neither another council's pages nor any staff page (the engagement pages included), and
 * their engagement page is always their own council's; and the accessibility check every page passes can fail.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalSecurityBrowserTests {

    private final TestPlatform platform;
    private final Browser browser;
    private Member member;
    private Member otherCouncil;
    private String otherCouncilsBooking;

    PortalSecurityBrowserTests(TestPlatform platform, Browser browser) {
        this.platform = platform;
        this.browser = browser;
    }

    @BeforeAll
    void twoMemberCouncils() {
        member = platform.approvedCouncil();
        otherCouncil = platform.approvedCouncil();
        otherCouncilsBooking = platform.bookFor(otherCouncil.organisationId(), platform.scheduleSession(5),
                Unique.email("attendee", "council.example"));
    }

    @Test
    void aContactCannotReachAnotherCouncilsPagesOrAnyStaffPage() {
        browser.signIn(member.email(), TestPlatform.PASSWORD);

        for (String page : new String[] {"/admin", "/admin/applications",
                "/admin/organisations/" + otherCouncil.organisationId(), "/bookings/" + otherCouncilsBooking,
                "/bookings/" + otherCouncilsBooking + "/cancel", "/admin/engagement",
                "/admin/engagement/" + Slug.of(otherCouncil.council().region()),
                "/admin/engagement/councils/" + otherCouncil.council().gssCode()}) {
            browser.open(page);
            assertThat(browser.heading()).as(page).isEqualTo("You cannot see this page");
        }
        browser.open("/account");
        assertThat(browser.heading()).isEqualTo(member.council().name());
        browser.open("/account/engagement");
        assertThat(browser.text(".govuk-caption-l")).as("a contact's engagement page is their own council's")
                .isEqualTo(member.council().name());
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefused() {
        browser.signIn(member.email(), TestPlatform.PASSWORD).open("/account/contacts/new")
                .fill("name", "Mallory Forger").fill("email", Unique.email("mallory", "council.example"));
        browser.script("document.querySelector('form[action=\"/account/contacts\"] input[name=_csrf]').remove()");

        browser.press("Add contact");

        assertThat(browser.heading()).isEqualTo("You cannot see this page");
        browser.open("/account");
        assertThat(browser.pageSource()).doesNotContain("Mallory Forger");
    }

    @Test
    void theBrowserHoldsOnlyAnHttpOnlySessionCookieAndNoAccessToken() {
        browser.signIn(member.email(), TestPlatform.PASSWORD).open("/account");

        assertThat(browser.cookies()).extracting(Cookie::getName).containsExactly("SVUK_SESSION");
        Cookie session = browser.cookies().get(0);
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Lax");
        assertThat(Browser.JWT.matcher(session.getValue()).find()).isFalse();
        assertThat(Browser.JWT.matcher(browser.pageSource()).find()).isFalse();
        assertThat(browser.pagesChecked()).as("every page visited was checked for tokens and accessibility")
                .isPositive();
    }

    /** The accessibility check every page passes can fail: a picture without a text alternative is found. */
    @Test
    void theAccessibilityCheckFindsAPictureWithoutATextAlternative() {
        browser.open("/accessibility");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        browser.script("document.querySelector('main').insertAdjacentHTML('beforeend', '<img src=\"/favicon.ico\">')");

        assertThat(browser.seriousAccessibilityViolations()).extracting(Browser.Violation::id).contains("image-alt");
    }
}
