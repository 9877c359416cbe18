package uk.socialvalue.notification.email;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every email renders to a subject and matching HTML and text bodies, and escapes what people typed. */
class EmailTemplatesTests {

    private static final String LINK = "https://members.svuk.example/account/password?token=abc123";
    private static final String HOSTILE = "<script>alert('x')</script>\r\nBcc: victim@elsewhere.example";

    private final EmailTemplates templates = new EmailTemplates();

    private static Map<String, String> model(String organisationName) {
        Map<String, String> model = new HashMap<>();
        model.put("organisationName", organisationName);
        model.put("setupUrl", LINK);
        model.put("expiresAt", "28 November 2026 at 14:00");
        model.put("reason", "We only take local authorities in England this year");
        model.put("endsOn", "31 March 2027");
        model.put("daysBefore", "30");
        model.put("endedOn", "31 March 2027");
        model.put("graceEndsOn", "30 April 2027");
        return model;
    }

    @ParameterizedTest
    @EnumSource(EmailKind.class)
    void rendersEveryEmailWithItsSubjectGreetingAndFooter(EmailKind kind) {
        RenderedEmail email = templates.render(kind, "Ada Lovelace", model("Salford"), null);

        assertThat(email.subject()).isNotBlank().doesNotContain("{", "\n");
        for (String body : new String[] {email.text(), email.html()}) {
            assertThat(body).contains("Dear Ada Lovelace", "You are receiving this email because",
                    "The Social Value UK team").doesNotContain("${", "[(");
        }
        assertThat(email.html()).startsWith("<!DOCTYPE html>").contains("<table role=\"presentation\"");
    }

    @ParameterizedTest
    @EnumSource(EmailKind.class)
    void escapesHostileInputInEveryEmail(EmailKind kind) {
        RenderedEmail email = templates.render(kind, HOSTILE, model(HOSTILE), null);

        assertThat(email.html()).doesNotContain("<script>").contains("&lt;script&gt;");
        assertThat(email.subject()).doesNotContain("\r", "\n");
        assertThat(email.text()).contains("Dear <script>alert('x')</script> Bcc: victim@elsewhere.example,");
    }

    @ParameterizedTest
    @EnumSource(value = EmailKind.class, names = {"MEMBERSHIP_APPROVED", "CONTACT_INVITED", "PASSWORD_RESET"})
    void carriesTheSetPasswordLinkVerbatim(EmailKind kind) {
        RenderedEmail email = templates.render(kind, "Ada Lovelace", model("Salford"), null);

        assertThat(email.text()).contains(LINK, "28 November 2026 at 14:00");
        assertThat(email.html()).contains("href=\"" + LINK + "\"", ">" + LINK + "<");
    }

    @Test
    void welcomesTheNewMember() {
        RenderedEmail email = templates.render(EmailKind.MEMBERSHIP_APPROVED, "Ada Lovelace", model("Salford"), null);

        assertThat(email.subject()).isEqualTo("Welcome to Social Value UK: Salford's membership is approved");
        assertThat(email.text()).contains("Your membership is approved: Salford is now a member");
        assertThat(email.html()).contains("Set your password");
    }

    @Test
    void invitesTheAddedContact() {
        RenderedEmail email = templates.render(EmailKind.CONTACT_INVITED, "Grace Hopper", model("Salford"), null);

        assertThat(email.subject()).isEqualTo("You have been added as a contact of Salford at Social Value UK");
        assertThat(email.text()).contains("You have been added as a contact of Salford");
    }

    @Test
    void offersAPasswordReset() {
        RenderedEmail email = templates.render(EmailKind.PASSWORD_RESET, "Ada Lovelace", model("Salford"), null);

        assertThat(email.subject()).isEqualTo("Reset your Social Value UK password");
        assertThat(email.text()).contains("If you did not ask for this, ignore this email");
    }

    @Test
    void confirmsTheApplication() {
        RenderedEmail email = templates.render(EmailKind.APPLICATION_RECEIVED, "Ada Lovelace", model("Salford"), null);

        assertThat(email.subject()).isEqualTo("We have received Salford's application to join Social Value UK");
        assertThat(email.text()).contains("Thank you for applying for membership of Social Value UK for Salford");
    }

    @Test
    void givesTheReasonForARejection() {
        RenderedEmail email = templates.render(EmailKind.MEMBERSHIP_REJECTED, "Ada Lovelace", model("Salford"), null);

        assertThat(email.subject()).isEqualTo("Your application to join Social Value UK for Salford");
        assertThat(email.text()).contains("The reason given: We only take local authorities in England this year");
        assertThat(email.html()).contains("We only take local authorities in England this year");
    }

    @Test
    void leavesOutAMissingReason() {
        Map<String, String> model = model("Salford");
        model.remove("reason");

        RenderedEmail email = templates.render(EmailKind.MEMBERSHIP_CANCELLED, "Ada Lovelace", model, null);

        assertThat(email.subject()).isEqualTo("Salford's Social Value UK membership has been cancelled");
        assertThat(email.text()).doesNotContain("The reason given");
        assertThat(email.html()).doesNotContain("The reason given");
    }

    @Test
    void remindsOfTheRenewalWithAnUnsubscribeLink() {
        String unsubscribe = "https://notifications.svuk.example/api/unsubscribe/token";

        RenderedEmail email = templates.render(EmailKind.RENEWAL_DUE, "Ada Lovelace", model("Salford"), unsubscribe);

        assertThat(email.subject()).isEqualTo("Salford's Social Value UK membership ends on 31 March 2027");
        assertThat(email.text()).contains("ends on 31 March 2027, in 30 days", "Unsubscribe: " + unsubscribe);
        assertThat(email.html()).contains("href=\"" + unsubscribe + "\"", "renewal reminders");
    }

    @Test
    void tellsOfTheGracePeriodTheLapseAndTheRenewal() {
        assertThat(templates.render(EmailKind.ENTERED_GRACE, "Ada", model("Salford"), null))
                .satisfies(email -> assertThat(email.subject())
                        .isEqualTo("Salford's Social Value UK membership has ended: renew by 30 April 2027"))
                .satisfies(email -> assertThat(email.text()).contains("It still counts until 30 April 2027"));
        assertThat(templates.render(EmailKind.MEMBERSHIP_LAPSED, "Ada", model("Salford"), null).subject())
                .isEqualTo("Salford's Social Value UK membership has lapsed");
        assertThat(templates.render(EmailKind.MEMBERSHIP_RENEWED, "Ada", model("Salford"), null))
                .satisfies(email -> assertThat(email.subject())
                        .isEqualTo("Salford's Social Value UK membership is renewed until 31 March 2027"));
    }

    @Test
    void leavesTheUnsubscribeLinkOutOfEssentialMail() {
        RenderedEmail email = templates.render(EmailKind.MEMBERSHIP_LAPSED, "Ada Lovelace", model("Salford"), null);

        assertThat(email.text()).doesNotContain("Unsubscribe");
        assertThat(email.html()).doesNotContain("Unsubscribe");
    }
}
