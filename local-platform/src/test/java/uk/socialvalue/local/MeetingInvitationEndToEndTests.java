package uk.socialvalue.local;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.socialvalue.local.MailCatcherClient.Email;
import uk.socialvalue.local.TestPlatform.Member;
import uk.socialvalue.support.test.ApiClient.Response;
import uk.socialvalue.support.test.Unique;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SVUK invites a region's members to a working-group meeting; a contact gets the invitation by email, accepts
 * with the email's link as a browser would, and is emailed their answer.
 */
@EndToEndTest
class MeetingInvitationEndToEndTests {

    private final HttpClient browser = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void emailsAnInvitationWhoseLinkRecordsTheAnswerAndEmailsItBack(TestPlatform platform) throws Exception {
        Member member = platform.approvedCouncil();
        String title = "Social value in adult social care " + Unique.suffix();
        String meetingId = meetingOfTheRegionOf(platform, member, title);

        Response issued = platform.membership().post("/api/meetings/" + meetingId + "/invitations",
                platform.adminToken());
        assertThat(issued.status()).as(issued.toString()).isEqualTo(200);

        Email invitation = platform.mail().awaitEmail(member.email(), "Invitation: " + title);
        String accept = invitation.link("answer=ACCEPTED").orElseThrow();
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(accept)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(title);

        URI rsvpPage = URI.create(accept.replaceFirst("\\?.*", ""));
        HttpResponse<String> answered = browser.send(HttpRequest.newBuilder(rsvpPage)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("answer=" + URLEncoder.encode("ACCEPTED",
                        StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);

        assertThat(platform.mail().awaitEmail(member.email(), "You accepted the invitation: " + title).text())
                .contains(title);
    }

    private static String meetingOfTheRegionOf(TestPlatform platform, Member member, String title) {
        String region = member.council().region();
        Response group = platform.membership().post("/api/working-groups", Map.of(
                "name", region + " councils " + Unique.suffix(), "kind", "REGIONAL", "region", region),
                platform.adminToken());
        assertThat(group.status()).as(group.toString()).isEqualTo(201);
        Instant startsAt = Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.HOURS);
        Response meeting = platform.membership().post("/api/working-groups/" + group.text("/id") + "/meetings",
                Map.of("title", title, "startsAt", startsAt.toString(),
                        "endsAt", startsAt.plus(Duration.ofHours(2)).toString(),
                        "onlineUrl", "https://meet.example/" + Unique.suffix()), platform.adminToken());
        assertThat(meeting.status()).as(meeting.toString()).isEqualTo(201);
        return meeting.text("/id");
    }
}
