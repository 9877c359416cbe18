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
    private static final String ACCEPT = "https://members.svuk.example/rsvp/acc3pt?x=1&y=2";
    private static final String DECLINE = "https://members.svuk.example/rsvp/d3cl1ne?x=1&y=2";
    private static final String UNSUBSCRIBE = "https://notifications.svuk.example/api/unsubscribe/token";

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
        model.putAll(trainingAndMeetingValues());
        return model;
    }

    /** What a booking and a working-group invitation show, as TrainingEmails and WorkingGroupEmails fill them. */
    private static Map<String, String> trainingAndMeetingValues() {
        Map<String, String> model = new HashMap<>();
        model.put("courseTitle", "Social Value in Procurement");
        model.put("courseCode", "SV-PROC");
        model.put("sessionDate", "Monday 15 June 2026");
        model.put("sessionTime", "Monday 15 June 2026, 10:00 to 13:00 (UK time)");
        model.put("venue", "The Lowry, Salford Quays");
        model.put("cpdHours", "3.5");
        model.put("bookingReference", "b-42");
        model.put("seats", "2");
        model.put("attendeeNames", "Ada Lovelace (ada@salford.example), Alan Turing (alan@salford.example)");
        model.put("purchaseOrder", "PO-1234");
        model.put("contactName", "Grace Hopper");
        model.put("priceNet", "500.00");
        model.put("priceVat", "100.00");
        model.put("priceGross", "600.00");
        model.put("priceBasis", "member price");
        model.put("position", "3");
        model.put("bookingRole", "you made this booking for Salford");
        model.put("workingGroupName", "North West councils");
        model.put("meetingTitle", "Social value in adult social care");
        model.put("meetingDate", "Tuesday 3 November 2026");
        model.put("meetingTime", "Tuesday 3 November 2026, 14:00 to 16:00 (UK time)");
        model.put("agenda", "1. Welcome\n2. Case studies");
        model.put("acceptUrl", ACCEPT);
        model.put("declineUrl", DECLINE);
        model.put("answer", "accepted");
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
        String unsubscribe = UNSUBSCRIBE;

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

    @Test
    void confirmsABookingToItsContactWithTheInvoiceDetails() {
        Map<String, String> model = model("Salford");
        model.put("forContact", "true");

        RenderedEmail email = templates.render(EmailKind.BOOKING_CONFIRMED, "Grace Hopper", model, null);

        assertThat(email.subject()).isEqualTo("Booking confirmed: Social Value in Procurement on Monday 15 June 2026");
        assertThat(email.text()).contains("Your booking for Salford is confirmed: 2 place(s) on",
                "Social Value in Procurement (SV-PROC)", "Monday 15 June 2026, 10:00 to 13:00 (UK time)",
                "Venue: The Lowry, Salford Quays", "Booking reference: b-42", "Purchase order: PO-1234",
                "Price: £500.00 + VAT £100.00 = £600.00 (member price)", "Alan Turing (alan@salford.example)",
                "You are receiving this email because you made this booking for Salford.")
                .doesNotContain("attached invitation");
        assertThat(email.html()).contains("PO-1234", "600.00", "The Lowry, Salford Quays");
    }

    @Test
    void tellsAnAttendeeOfTheirPlaceWithoutTheInvoiceDetails() {
        Map<String, String> model = model("Salford");
        model.put("forAttendee", "true");
        model.put("bookingRole", "Grace Hopper booked you a place on this session for Salford");

        RenderedEmail email = templates.render(EmailKind.BOOKING_CONFIRMED, "Alan Turing", model, null);

        assertThat(email.text()).contains("Dear Alan Turing", "Grace Hopper has booked you a place, for Salford, on",
                "The attached invitation adds the session to your calendar.",
                "because Grace Hopper booked you a place on this session for Salford.")
                .doesNotContain("PO-1234", "600.00");
        assertThat(email.html()).contains("attached invitation").doesNotContain("PO-1234");
    }

    @Test
    void givesTheWaitingListPosition() {
        Map<String, String> model = model("Salford");
        model.put("forContact", "true");

        RenderedEmail email = templates.render(EmailKind.BOOKING_WAITLISTED, "Grace Hopper", model, null);

        assertThat(email.subject()).isEqualTo("On the waiting list: Social Value in Procurement on Monday 15 June 2026");
        assertThat(email.text()).contains("is on the waiting list, at position 3", "nobody holds a place");
    }

    @Test
    void confirmsAPromotionFromTheWaitingList() {
        Map<String, String> model = model("Salford");
        model.put("forContact", "true");
        model.put("forAttendee", "true");

        RenderedEmail email = templates.render(EmailKind.BOOKING_PROMOTED, "Grace Hopper", model, null);

        assertThat(email.subject()).isEqualTo(
                "Places have come up: your booking for Social Value in Procurement on Monday 15 June 2026 is confirmed");
        assertThat(email.text()).contains("your booking for Salford on the waiting list is now confirmed",
                "The attached invitation adds the session to your calendar.", "Booking reference: b-42");
    }

    @Test
    void tellsOfACancelledBookingAndItsReason() {
        Map<String, String> model = model("Salford");
        model.put("forAttendee", "true");
        model.put("reason", "Alan changed teams");

        RenderedEmail email = templates.render(EmailKind.BOOKING_CANCELLED, "Alan Turing", model, null);

        assertThat(email.subject()).isEqualTo("Booking cancelled: Social Value in Procurement on Monday 15 June 2026");
        assertThat(email.text()).contains("Your place, booked by Grace Hopper for Salford, is cancelled on",
                "The reason given: Alan changed teams", "The attached cancellation removes the session");
    }

    @Test
    void tellsOfACancelledSession() {
        Map<String, String> model = model("Salford");
        model.put("forContact", "true");
        model.put("reason", "The trainer is ill");

        RenderedEmail email = templates.render(EmailKind.SESSION_CANCELLED, "Grace Hopper", model, null);

        assertThat(email.subject())
                .isEqualTo("Session cancelled by Social Value UK: Social Value in Procurement on Monday 15 June 2026");
        assertThat(email.text()).contains("Social Value UK has had to cancel this session", "The reason: The trainer is ill",
                "Your booking for Salford is cancelled with it");
    }

    @Test
    void remindsOfTheSessionWithAnUnsubscribeLink() {
        Map<String, String> model = model("Salford");
        model.remove("venue");
        model.put("onlineUrl", "https://meet.svuk.example/j/123?pwd=a&b=c");

        RenderedEmail email = templates.render(EmailKind.SESSION_REMINDER, "Alan Turing", model, UNSUBSCRIBE);

        assertThat(email.subject()).isEqualTo("Reminder: Social Value in Procurement on Monday 15 June 2026");
        assertThat(email.text()).contains("Join online: https://meet.svuk.example/j/123?pwd=a&b=c",
                "please tell Grace Hopper", "Unsubscribe: " + UNSUBSCRIBE);
        assertThat(email.html()).contains("href=\"https://meet.svuk.example/j/123?pwd=a&amp;b=c\"",
                "href=\"" + UNSUBSCRIBE + "\"", "training session reminders");
    }

    @Test
    void recordsTheCpdHoursOfAnAttendance() {
        Map<String, String> model = model("Salford");
        model.put("attended", "true");
        model.put("certificateCode", "7K3M-9QX2-TP4B");
        model.put("certificateUrl", "https://training.example/api/certificates/7K3M-9QX2-TP4B/pdf?signature=a&b");

        RenderedEmail email = templates.render(EmailKind.ATTENDANCE_RECORDED, "Alan Turing", model, null);

        assertThat(email.subject()).isEqualTo("Your attendance at Social Value in Procurement on Monday 15 June 2026");
        assertThat(email.text()).contains("We have recorded your attendance and the 3.5 CPD hours it earns",
                "certificate of attendance is ready; its verification code is 7K3M-9QX2-TP4B",
                "Download it: https://training.example/api/certificates/7K3M-9QX2-TP4B/pdf?signature=a&b");
        assertThat(email.html()).contains(
                "href=\"https://training.example/api/certificates/7K3M-9QX2-TP4B/pdf?signature=a&amp;b\"",
                "Download your certificate");
        assertThat(templates.render(EmailKind.ATTENDANCE_RECORDED, "Alan Turing", model("Salford"), null).text())
                .contains("We have recorded that you did not attend").doesNotContain("3.5 CPD hours");
    }

    @Test
    void invitesToAWorkingGroupMeetingWithAcceptAndDeclineLinksVerbatim() {
        RenderedEmail email = templates.render(EmailKind.WORKING_GROUP_INVITATION, "Ada Lovelace", model("Salford"),
                UNSUBSCRIBE);

        assertThat(email.subject())
                .isEqualTo("Invitation: Social value in adult social care, North West councils, Tuesday 3 November 2026");
        assertThat(email.text()).contains("Accept: " + ACCEPT, "Decline: " + DECLINE, "1. Welcome\n2. Case studies",
                "Unsubscribe: " + UNSUBSCRIBE);
        assertThat(email.html()).contains("href=\"" + ACCEPT.replace("&", "&amp;") + "\"",
                "href=\"" + DECLINE.replace("&", "&amp;") + "\"", ">Accept<", ">Decline<", "working-group invitations");
    }

    @Test
    void confirmsTheAnswerToAnInvitation() {
        Map<String, String> accepted = model("Salford");
        accepted.put("accepted", "true");
        Map<String, String> declined = model("Salford");
        declined.put("answer", "declined");

        assertThat(templates.render(EmailKind.WORKING_GROUP_ANSWER, "Ada", accepted, null)).satisfies(email -> {
            assertThat(email.subject()).isEqualTo("You accepted the invitation: Social value in adult social care on "
                    + "Tuesday 3 November 2026");
            assertThat(email.text()).contains("you will come to this meeting", "keeps the meeting in your calendar");
        });
        assertThat(templates.render(EmailKind.WORKING_GROUP_ANSWER, "Ada", declined, null)).satisfies(email -> {
            assertThat(email.subject()).startsWith("You declined the invitation");
            assertThat(email.text()).contains("you will not come", "takes the meeting out of your calendar");
        });
    }

    @Test
    void tellsOfAWithdrawnInvitation() {
        Map<String, String> model = model("Salford");
        model.put("reason", "Salford's membership lapsed");

        RenderedEmail email = templates.render(EmailKind.WORKING_GROUP_INVITATION_WITHDRAWN, "Ada", model, null);

        assertThat(email.subject())
                .isEqualTo("Invitation withdrawn: Social value in adult social care on Tuesday 3 November 2026");
        assertThat(email.text()).contains("no longer stands", "The reason: Salford's membership lapsed",
                "takes the meeting out of your calendar");
    }

    @ParameterizedTest
    @EnumSource(value = EmailKind.class, names = {"BOOKING_CONFIRMED", "BOOKING_WAITLISTED", "BOOKING_PROMOTED",
            "BOOKING_CANCELLED", "SESSION_CANCELLED", "SESSION_REMINDER", "ATTENDANCE_RECORDED",
            "WORKING_GROUP_INVITATION", "WORKING_GROUP_ANSWER", "WORKING_GROUP_INVITATION_WITHDRAWN"})
    void escapesHostileTitlesVenuesAndNames(EmailKind kind) {
        Map<String, String> model = model(HOSTILE);
        for (String typed : new String[] {"courseTitle", "venue", "contactName", "attendeeNames", "purchaseOrder",
                "reason", "workingGroupName", "meetingTitle", "agenda"}) {
            model.put(typed, HOSTILE);
        }
        model.put("forContact", "true");
        model.put("forAttendee", "true");

        RenderedEmail email = templates.render(kind, HOSTILE, model, null);

        assertThat(email.html()).doesNotContain("<script>").contains("&lt;script&gt;");
        assertThat(email.subject()).doesNotContain("\r", "\n");
    }
}
