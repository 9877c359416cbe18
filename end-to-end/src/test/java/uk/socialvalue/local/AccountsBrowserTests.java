package uk.socialvalue.local;

import org.junit.jupiter.api.Test;

import uk.socialvalue.local.MailCatcherClient.Email;
import uk.socialvalue.local.TestPlatform.Member;
import uk.socialvalue.support.test.Unique;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accounts in Chromium, against the real services: a contact who forgot their password gets a link by email,
 * is told on the form that a passphrase is too long, sets one, downloads their personal data and changes their
 * password; SVUK staff add and remove a member of staff and read the audit log.
 */
@BrowserTest
class AccountsBrowserTests {

    private static final String NEW_PASSWORD = "a new passphrase for the portal";

    private final TestPlatform platform;
    private final Browser browser;

    AccountsBrowserTests(TestPlatform platform, Browser browser) {
        this.platform = platform;
        this.browser = browser;
    }

    @Test
    void aContactResetsAForgottenPasswordDownloadsTheirDataAndChangesTheirPassword() {
        Member member = platform.approvedCouncil();

        browser.forgetSession().open("/sign-in").follow("Forgotten your password?");
        assertThat(browser.heading()).isEqualTo("Reset your password");
        browser.fill("email", member.email()).press("Send the link");
        assertThat(browser.heading()).isEqualTo("Check your email");

        Email reset = platform.mail().awaitEmail(member.email(), "Reset your Social Value UK password");
        String tooLong = "é".repeat(36) + "x"; // 37 characters, 73 bytes
        browser.open(reset.link("/account/set-password").orElseThrow())
                .fill("password", tooLong).fill("confirmation", tooLong).press("Set password");
        assertThat(browser.heading()).isEqualTo("Set your password");
        assertThat(browser.text(".govuk-error-summary__list a")).contains("72 bytes");
        assertThat(browser.pageSource()).contains("href=\"#password\"");
        browser.fill("password", NEW_PASSWORD).fill("confirmation", NEW_PASSWORD).press("Set password");
        assertThat(browser.heading()).isEqualTo("Your password is set");

        browser.signIn(member.email(), NEW_PASSWORD);
        assertThat(browser.path()).isEqualTo("/account");
        browser.follow("Download your personal data");
        assertThat(browser.heading()).isEqualTo("Your personal data");
        Object download = browser.script("var request = new XMLHttpRequest();"
                + "request.open('GET', '/account/personal-data/download', false); request.send();"
                + "return request.status + ' ' + request.getResponseHeader('Content-Disposition') + ' '"
                + " + request.responseText;");
        assertThat(download.toString()).startsWith("200 attachment").contains("\"service\":\"membership-service\"",
                "\"service\":\"training-service\"", "\"service\":\"notification-service\"", member.email());

        browser.open("/change-password").fill("currentPassword", NEW_PASSWORD)
                .fill("password", "yet another passphrase").fill("confirmation", "yet another passphrase")
                .press("Change password");
        assertThat(browser.path()).startsWith("/sign-in");
        assertThat(browser.text(".govuk-notification-banner__heading")).startsWith("Your password has been changed");
        browser.signIn(member.email(), "yet another passphrase");
        assertThat(browser.path()).isEqualTo("/account");
    }

    @Test
    void staffAddAndRemoveAMemberOfStaffAndReadTheAuditLog() {
        String email = Unique.email("staff", "svuk.example");

        browser.signIn(ServiceDefinitions.ADMIN_EMAIL, ServiceDefinitions.ADMIN_PASSWORD).follow("SVUK staff");
        assertThat(browser.heading()).isEqualTo("SVUK staff");
        browser.press("Add to staff");
        assertThat(browser.texts(".govuk-error-summary__list a")).isNotEmpty();
        browser.fill("name", "Grace Staff").fill("email", email).press("Add to staff");
        assertThat(browser.text(".govuk-notification-banner__heading")).startsWith("Grace Staff is now staff");
        assertThat(browser.texts(".govuk-table__body td")).contains("Grace Staff", email, "Not set yet");
        assertThat(platform.mail().awaitEmail(email, "set your password").text()).contains("set-password");

        browser.follow("Remove");
        assertThat(browser.heading()).isEqualTo("Remove Grace Staff from staff?");
        browser.press("Remove from staff");
        assertThat(browser.text(".govuk-notification-banner__heading")).startsWith("They are no longer staff");
        assertThat(browser.texts(".govuk-table__body td")).doesNotContain(email);

        browser.open("/admin").follow("Audit log");
        assertThat(browser.heading()).isEqualTo("Audit log");
        assertThat(browser.texts(".govuk-table__body td")).contains("POST /api/staff",
                "DELETE /api/staff/{personId}", ServiceDefinitions.ADMIN_EMAIL);
        browser.select("service", "training").press("Search");
        assertThat(browser.heading()).isEqualTo("Audit log");
    }
}
