package uk.socialvalue.notification.email;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every email the service sends: its templates, its category, its subject line and the reason its footer
 * gives for receiving it. Subjects and reasons name model values in braces, {@code {organisationName}}.
 */
public enum EmailKind {

    APPLICATION_RECEIVED("application-received", Category.MEMBERSHIP,
            "We have received {organisationName}'s application to join Social Value UK",
            "you applied for membership of Social Value UK for {organisationName}"),
    MEMBERSHIP_APPROVED("membership-approved", Category.ACCOUNT,
            "Welcome to Social Value UK: {organisationName}'s membership is approved",
            "you are the primary contact for {organisationName}'s membership of Social Value UK"),
    CONTACT_INVITED("contact-invited", Category.ACCOUNT,
            "You have been added as a contact of {organisationName} at Social Value UK",
            "you were added as a contact of {organisationName}, a member of Social Value UK"),
    PASSWORD_RESET("password-reset", Category.ACCOUNT,
            "Reset your Social Value UK password",
            "someone asked to reset the password of your Social Value UK account"),
    STAFF_INVITED("staff-invited", Category.ACCOUNT,
            "You have been added to Social Value UK's staff: set your password",
            "an administrator added you to Social Value UK's staff"),
    MEMBERSHIP_REJECTED("membership-rejected", Category.MEMBERSHIP,
            "Your application to join Social Value UK for {organisationName}",
            "you applied for membership of Social Value UK for {organisationName}"),
    RENEWAL_DUE("renewal-due", Category.RENEWAL_REMINDERS,
            "{organisationName}'s Social Value UK membership ends on {endsOn}",
            "you are the primary contact for {organisationName}'s membership of Social Value UK"),
    ENTERED_GRACE("entered-grace", Category.MEMBERSHIP,
            "{organisationName}'s Social Value UK membership has ended: renew by {graceEndsOn}",
            "you are the primary contact for {organisationName}'s membership of Social Value UK"),
    MEMBERSHIP_LAPSED("membership-lapsed", Category.MEMBERSHIP,
            "{organisationName}'s Social Value UK membership has lapsed",
            "you are the primary contact for {organisationName}'s membership of Social Value UK"),
    MEMBERSHIP_CANCELLED("membership-cancelled", Category.MEMBERSHIP,
            "{organisationName}'s Social Value UK membership has been cancelled",
            "you are the primary contact for {organisationName}'s membership of Social Value UK"),
    MEMBERSHIP_RENEWED("membership-renewed", Category.MEMBERSHIP,
            "{organisationName}'s Social Value UK membership is renewed until {endsOn}",
            "you are the primary contact for {organisationName}'s membership of Social Value UK"),
    MEMBERSHIP_INVOICE_ISSUED("membership-invoice-issued", Category.MEMBERSHIP,
            "Invoice {invoiceNumber}: {organisationName}'s Social Value UK membership",
            "you are the primary contact for {organisationName}'s membership of Social Value UK"),
    BOOKING_CONFIRMED("booking-confirmed", Category.TRAINING_BOOKINGS,
            "Booking confirmed: {courseTitle} on {sessionDate}",
            "{bookingRole}"),
    BOOKING_WAITLISTED("booking-waitlisted", Category.TRAINING_BOOKINGS,
            "On the waiting list: {courseTitle} on {sessionDate}",
            "{bookingRole}"),
    BOOKING_PROMOTED("booking-promoted", Category.TRAINING_BOOKINGS,
            "Places have come up: your booking for {courseTitle} on {sessionDate} is confirmed",
            "{bookingRole}"),
    BOOKING_CANCELLED("booking-cancelled", Category.TRAINING_BOOKINGS,
            "Booking cancelled: {courseTitle} on {sessionDate}",
            "{bookingRole}"),
    SESSION_CANCELLED("session-cancelled", Category.TRAINING_BOOKINGS,
            "Session cancelled by Social Value UK: {courseTitle} on {sessionDate}",
            "{bookingRole}"),
    SESSION_REMINDER("session-reminder", Category.TRAINING_REMINDERS,
            "Reminder: {courseTitle} on {sessionDate}",
            "{bookingRole}"),
    SESSION_RESCHEDULED("session-rescheduled", Category.TRAINING_BOOKINGS,
            "Session changed: {courseTitle}, now {sessionDate}",
            "{bookingRole}"),
    ATTENDEES_CHANGED("attendees-changed", Category.TRAINING_BOOKINGS,
            "Attendees changed: {courseTitle} on {sessionDate}",
            "{bookingRole}"),
    INVOICE_ISSUED("invoice-issued", Category.TRAINING_BOOKINGS,
            "Invoice {invoiceNumber}: {courseTitle} on {sessionDate}",
            "{bookingRole}"),
    CREDIT_NOTE_ISSUED("credit-note-issued", Category.TRAINING_BOOKINGS,
            "Credit note {invoiceNumber}: {courseTitle} on {sessionDate}",
            "{bookingRole}"),
    ACCREDITATION_LEVEL_COMPLETED("accreditation-level-completed", Category.TRAINING_RECORDS,
            "{trackName}: level {level} completed",
            "you completed a level of the {trackName} accreditation"),
    ACCREDITATION_LEVEL_WITHDRAWN("accreditation-level-withdrawn", Category.TRAINING_RECORDS,
            "{trackName}: level {level} withdrawn",
            "you held a level of the {trackName} accreditation"),
    ACCREDITATION_EXPIRY_DUE("accreditation-expiry-due", Category.TRAINING_REMINDERS,
            "{trackName}: level {level} expires on {expiresOn}",
            "you hold level {level} of the {trackName} accreditation"),
    ATTENDANCE_RECORDED("attendance-recorded", Category.TRAINING_RECORDS,
            "Your attendance at {courseTitle} on {sessionDate}",
            "you held a place on the {courseTitle} session of {sessionDate}"),
    WORKING_GROUP_INVITATION("working-group-invitation", Category.WORKING_GROUP_INVITATIONS,
            "Invitation: {meetingTitle}, {workingGroupName}, {meetingDate}",
            "you are a contact of {organisationName}, a member in the {workingGroupName} working group"),
    WORKING_GROUP_ANSWER("working-group-answer", Category.WORKING_GROUP_MEETINGS,
            "You {answer} the invitation: {meetingTitle} on {meetingDate}",
            "you answered an invitation to a meeting of the {workingGroupName} working group"),
    WORKING_GROUP_INVITATION_WITHDRAWN("working-group-invitation-withdrawn", Category.WORKING_GROUP_MEETINGS,
            "Invitation withdrawn: {meetingTitle} on {meetingDate}",
            "you were invited to a meeting of the {workingGroupName} working group"),
    WORKING_GROUP_MEETING_CHANGED("working-group-meeting-changed", Category.WORKING_GROUP_MEETINGS,
            "Meeting changed: {meetingTitle}, now {meetingDate}",
            "you were invited to a meeting of the {workingGroupName} working group"),
    WORKING_GROUP_MEETING_CANCELLED("working-group-meeting-cancelled", Category.WORKING_GROUP_MEETINGS,
            "Meeting cancelled: {meetingTitle} on {meetingDate}",
            "you were invited to a meeting of the {workingGroupName} working group");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    private final String template;
    private final Category category;
    private final String subject;
    private final String receivingBecause;

    EmailKind(String template, Category category, String subject, String receivingBecause) {
        this.template = template;
        this.category = category;
        this.subject = subject;
        this.receivingBecause = receivingBecause;
    }

    /** Whether its email carries a single-use link (set a password, answer an invitation). */
    public boolean carriesLinks() {
        return this == MEMBERSHIP_APPROVED || this == CONTACT_INVITED || this == PASSWORD_RESET
                || this == STAFF_INVITED || this == WORKING_GROUP_INVITATION;
    }

    /** The name of the HTML and text templates, {@code application-received}. */
    public String template() {
        return template;
    }

    public Category category() {
        return category;
    }

    /** The subject line for the given model, on one line whatever the model holds. */
    public String subject(Map<String, String> model) {
        return SingleLine.of(fill(subject, model));
    }

    /** Why the recipient receives this email, to end the sentence "You are receiving this email because ...". */
    public String receivingBecause(Map<String, String> model) {
        return SingleLine.of(fill(receivingBecause, model));
    }

    private static String fill(String pattern, Map<String, String> model) {
        Matcher matcher = PLACEHOLDER.matcher(pattern);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String value = model.getOrDefault(matcher.group(1), "");
            matcher.appendReplacement(filled, Matcher.quoteReplacement(value == null ? "" : value));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }
}
