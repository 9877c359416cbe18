package uk.socialvalue.local;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import uk.socialvalue.local.MailCatcherClient.Email;
import uk.socialvalue.local.TestPlatform.Member;
import uk.socialvalue.support.test.Unique;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SVUK invites a region's members to a working-group meeting; a contact gets the invitation by email, accepts
 * with the email's link as a browser would (the link opens the web portal's RSVP page, whose form carries the
 * session's CSRF token), and is emailed their answer.
 */
@EndToEndTest
class MeetingInvitationEndToEndTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    /** Keeps the portal's session cookie and follows its post-redirect-get, as a browser does. */
    private final HttpClient browser = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL).build();

    @Test
    void emailsAnInvitationWhoseLinkRecordsTheAnswerAndEmailsItBack(TestPlatform platform) throws Exception {
        Member member = platform.approvedCouncil();
        String title = "Social value in adult social care " + Unique.suffix();
        platform.issueInvitations(platform.scheduleMeeting(member.council().region(), title));

        Email invitation = platform.mail().awaitEmail(member.email(), "Invitation: " + title);
        String accept = invitation.link("answer=ACCEPTED").orElseThrow();
        assertThat(accept).as("the link opens the web portal").startsWith(platform.portalUrl() + "/rsvp/");
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(accept)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(title);
        Matcher csrf = CSRF.matcher(page.body());
        assertThat(csrf.find()).as("the page's form carries a CSRF token").isTrue();

        URI rsvpPage = URI.create(accept.replaceFirst("\\?.*", ""));
        HttpResponse<String> answered = browser.send(HttpRequest.newBuilder(rsvpPage)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("answer=ACCEPTED&_csrf="
                        + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
        assertThat(answered.body()).contains("You have accepted");

        assertThat(platform.mail().awaitEmail(member.email(), "You accepted the invitation: " + title).text())
                .contains(title);
    }
}
