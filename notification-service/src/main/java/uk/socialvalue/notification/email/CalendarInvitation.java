package uk.socialvalue.notification.email;

/**
 * A calendar object ready to put into an email.
 *
 * @param method   {@code REQUEST} or {@code CANCEL}, for the {@code method} parameter of its content type
 * @param content  the iCalendar text
 */
public record CalendarInvitation(CalendarEntry.Method method, String content) {

    /** The MIME type that makes mail clients offer it as an invitation (RFC 6047). */
    public String contentType() {
        return "text/calendar; charset=UTF-8; method=" + method.name();
    }
}
