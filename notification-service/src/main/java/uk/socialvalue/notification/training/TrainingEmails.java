package uk.socialvalue.notification.training;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import uk.socialvalue.contracts.EventTypes;
import uk.socialvalue.contracts.IntegrationEvent;
import uk.socialvalue.contracts.training.AccreditationExpiryDue;
import uk.socialvalue.contracts.training.AccreditationLevelCompleted;
import uk.socialvalue.contracts.training.AccreditationLevelWithdrawn;
import uk.socialvalue.contracts.training.AttendanceRecorded;
import uk.socialvalue.contracts.training.Attendee;
import uk.socialvalue.contracts.training.AttendeesSubstituted;
import uk.socialvalue.contracts.training.BookingCancelled;
import uk.socialvalue.contracts.training.BookingConfirmed;
import uk.socialvalue.contracts.training.BookingContact;
import uk.socialvalue.contracts.training.BookingPromoted;
import uk.socialvalue.contracts.training.BookingRescheduled;
import uk.socialvalue.contracts.training.BookingSummary;
import uk.socialvalue.contracts.training.BookingWaitlisted;
import uk.socialvalue.contracts.training.CreditNoteIssued;
import uk.socialvalue.contracts.training.InvoiceIssued;
import uk.socialvalue.contracts.training.PriceBasis;
import uk.socialvalue.contracts.training.SessionCancelled;
import uk.socialvalue.contracts.training.SessionChange;
import uk.socialvalue.contracts.training.SessionDetails;
import uk.socialvalue.contracts.training.SessionFormat;
import uk.socialvalue.contracts.training.SessionReminderDue;
import uk.socialvalue.contracts.training.SessionRescheduled;
import uk.socialvalue.contracts.training.TrainingEvent;
import uk.socialvalue.notification.delivery.Notification;
import uk.socialvalue.notification.delivery.NotificationRequest;
import uk.socialvalue.notification.email.InvoiceEmailModel;
import uk.socialvalue.notification.email.CalendarEntry;
import uk.socialvalue.notification.email.EmailKind;
import uk.socialvalue.notification.email.LondonTime;
import uk.socialvalue.notification.email.WebLink;

/**
 * Which emails training-service's events cause. A booking has a contact, who made it and is invoiced, and
 * attendees, who hold its places: the contact hears about the booking (seats, price, purchase order) and each
 * attendee about their place, with the calendar entry; someone who is both gets one email saying both.
 * Waiting-list news goes to the contact alone, since attendees hold no place yet; reminders and attendance go
 * to the attendees alone, since they are the ones who come.
 */
public final class TrainingEmails {

    private TrainingEmails() {
    }

    public static List<NotificationRequest> requestsFor(IntegrationEvent event) {
        if (event instanceof AccreditationLevelCompleted completed) {
            Map<String, String> model = accreditationModel(completed.trackName(), completed.level(),
                    completed.levelTitle(), completed.expiresOn());
            model.put("levels", Integer.toString(completed.levels()));
            putIfPresent(model, "completedOn", LondonTime.date(completed.completedOn()));
            return toPerson(completed, EmailKind.ACCREDITATION_LEVEL_COMPLETED, completed.attendee(), model);
        }
        if (event instanceof AccreditationLevelWithdrawn withdrawn) {
            Map<String, String> model = accreditationModel(withdrawn.trackName(), withdrawn.level(),
                    withdrawn.levelTitle(), null);
            putIfPresent(model, "completedOn", LondonTime.date(withdrawn.completedOn()));
            return toPerson(withdrawn, EmailKind.ACCREDITATION_LEVEL_WITHDRAWN, withdrawn.attendee(), model);
        }
        if (event instanceof AccreditationExpiryDue due) {
            return toPerson(due, EmailKind.ACCREDITATION_EXPIRY_DUE, due.attendee(),
                    accreditationModel(due.trackName(), due.level(), due.levelTitle(), due.expiresOn()));
        }
        if (event instanceof BookingConfirmed confirmed) {
            return toContactAndAttendees(confirmed, confirmed.booking(), EmailKind.BOOKING_CONFIRMED, Map.of(),
                    CalendarEntry.Method.REQUEST);
        }
        if (event instanceof BookingPromoted promoted) {
            return toContactAndAttendees(promoted, promoted.booking(), EmailKind.BOOKING_PROMOTED, Map.of(),
                    CalendarEntry.Method.REQUEST);
        }
        if (event instanceof BookingWaitlisted waitlisted) {
            return toContact(waitlisted, waitlisted.booking(), EmailKind.BOOKING_WAITLISTED,
                    Map.of("position", Integer.toString(waitlisted.position())));
        }
        if (event instanceof BookingCancelled cancelled) {
            return cancellation(cancelled);
        }
        if (event instanceof SessionCancelled) {
            // It names no one: each live booking on the session gets its own BookingCancelled (cause
            // SESSION_CANCELLED), which tells its contact and attendees, with the calendar cancellation.
            return List.of();
        }
        if (event instanceof SessionReminderDue reminder) {
            return toAttendees(reminder, reminder.booking(), EmailKind.SESSION_REMINDER,
                    Map.of("daysBefore", Integer.toString(reminder.daysBefore())));
        }
        if (event instanceof BookingRescheduled rescheduled) {
            return rescheduled(rescheduled);
        }
        if (event instanceof AttendeesSubstituted substituted) {
            return substitution(substituted);
        }
        if (event instanceof InvoiceIssued issued) {
            return toContact(issued, issued.booking(), EmailKind.INVOICE_ISSUED, InvoiceEmailModel.of(issued.invoice()));
        }
        if (event instanceof CreditNoteIssued issued) {
            return toContact(issued, issued.booking(), EmailKind.CREDIT_NOTE_ISSUED,
                    InvoiceEmailModel.of(issued.creditNote()));
        }
        if (event instanceof SessionRescheduled) {
            // It names no one: each live booking it concerns gets its own BookingRescheduled.
            return List.of();
        }
        if (event instanceof AttendanceRecorded attendance) {
            return List.of(attendanceRecord(attendance));
        }
        return List.of();
    }

    private static List<NotificationRequest> cancellation(BookingCancelled cancelled) {
        boolean bySvuk = cancelled.cause() == BookingCancelled.Cause.SESSION_CANCELLED;
        EmailKind kind = bySvuk ? EmailKind.SESSION_CANCELLED : EmailKind.BOOKING_CANCELLED;
        Map<String, String> details = new HashMap<>();
        putIfPresent(details, "reason", cancelled.reason());
        if (cancelled.cause() == BookingCancelled.Cause.ADMIN) {
            details.put("cancelledBySvuk", "true");
        }
        if (cancelled.wasWaitlisted()) {
            // Its attendees were never told of a place, so only the contact hears that the wait is over.
            details.put("wasWaitlisted", "true");
            return toContact(cancelled, cancelled.booking(), kind, details);
        }
        return toContactAndAttendees(cancelled, cancelled.booking(), kind, details, CalendarEntry.Method.CANCEL);
    }

    /** What changed, to the contact and, with the updated calendar entry, to each attendee holding a place. */
    private static List<NotificationRequest> rescheduled(BookingRescheduled rescheduled) {
        Map<String, String> details = new HashMap<>();
        SessionDetails previous = rescheduled.previous();
        if (rescheduled.changes().contains(SessionChange.TIMES)) {
            details.put("timesChanged", "true");
            putIfPresent(details, "previousSessionTime", LondonTime.span(previous.startsAt(), previous.endsAt()));
        }
        if (rescheduled.changes().contains(SessionChange.PLACE)) {
            details.put("placeChanged", "true");
            details.put("previousPlace", previous.format() == SessionFormat.ONLINE ? "online" : previous.venue());
        }
        if (rescheduled.changes().contains(SessionChange.ONLINE_LINK)
                && rescheduled.session().format() == SessionFormat.ONLINE) {
            details.put("linkChanged", "true");
        }
        if (rescheduled.waitlisted()) {
            details.put("waitlisted", "true");
            return toContact(rescheduled, rescheduled.booking(), EmailKind.SESSION_RESCHEDULED, details);
        }
        return toContactAndAttendees(rescheduled, rescheduled.booking(), EmailKind.SESSION_RESCHEDULED, details,
                CalendarEntry.Method.REQUEST);
    }

    /**
     * The contact hears who left and joined; a leaver that their place is cancelled, with the calendar
     * cancellation; a newcomer that a place is booked for them, with the calendar entry. A contact who left or
     * joined gets one email saying both. While the booking waits, nobody holds a place: the contact alone hears.
     */
    private static List<NotificationRequest> substitution(AttendeesSubstituted substituted) {
        BookingSummary booking = substituted.booking();
        Recipient contact = Recipient.contact(booking.contact());
        Map<String, String> details = new HashMap<>();
        putIfPresent(details, "leftNames", names(substituted.left()));
        putIfPresent(details, "joinedNames", names(substituted.joined()));
        if (substituted.waitlisted()) {
            details.put("waitlisted", "true");
            return toContact(substituted, booking, EmailKind.ATTENDEES_CHANGED, details);
        }
        List<NotificationRequest> requests = new ArrayList<>();
        String contactKey = contact == null ? null : contact.key();
        CalendarEntry.Method contactCalendar = null;
        for (Attendee left : substituted.left()) {
            Recipient leaver = Recipient.attendee(left);
            if (leaver.key().equals(contactKey)) {
                details.put("youLeft", "true");
                contactCalendar = CalendarEntry.Method.CANCEL;
                continue;
            }
            requests.add(request(substituted, booking, EmailKind.BOOKING_CANCELLED,
                    Map.of("reason", "your organisation has given your place to a colleague"), leaver,
                    CalendarEntry.Method.CANCEL));
        }
        for (Attendee joined : substituted.joined()) {
            Recipient newcomer = Recipient.attendee(joined);
            if (newcomer.key().equals(contactKey)) {
                details.put("youJoined", "true");
                contactCalendar = CalendarEntry.Method.REQUEST;
                continue;
            }
            requests.add(request(substituted, booking, EmailKind.BOOKING_CONFIRMED, Map.of(), newcomer,
                    CalendarEntry.Method.REQUEST));
        }
        if (contact != null) {
            requests.add(0, request(substituted, booking, EmailKind.ATTENDEES_CHANGED, details, contact,
                    contactCalendar));
        }
        return requests;
    }

    private static String names(List<Attendee> attendees) {
        return attendees.stream().map(attendee -> attendee.name() == null ? attendee.email()
                : attendee.name() + " (" + attendee.email() + ")").collect(Collectors.joining(", "));
    }

    private static Map<String, String> accreditationModel(String trackName, int level, String levelTitle,
            java.time.LocalDate expiresOn) {
        Map<String, String> model = new HashMap<>();
        putIfPresent(model, "trackName", trackName);
        model.put("level", Integer.toString(level));
        putIfPresent(model, "levelTitle", levelTitle);
        putIfPresent(model, "expiresOn", LondonTime.date(expiresOn));
        return model;
    }

    private static List<NotificationRequest> toPerson(IntegrationEvent event, EmailKind kind, Attendee person,
            Map<String, String> model) {
        if (person == null || person.email() == null || person.email().isBlank()) {
            return List.of();
        }
        return List.of(new NotificationRequest(event.eventId(), typeId(event), kind, person.email(), person.name(),
                model));
    }

    private static NotificationRequest attendanceRecord(AttendanceRecorded attendance) {
        Map<String, String> model = sessionModel(attendance.session());
        model.put("cpdHours", attendance.cpdHours());
        if (attendance.attended()) {
            model.put("attended", "true");
            putIfPresent(model, "certificateCode", attendance.certificateCode());
            // Sealed, opened only as the email is built; a plain link of an event made before it was sealed is
            // not read (the email then gives the code, and the organisation downloads the certificate).
            putIfPresent(model, "certificateUrl", attendance.sealedCertificateUrl());
        }
        Attendee attendee = attendance.attendee();
        return new NotificationRequest(attendance.eventId(), typeId(attendance), EmailKind.ATTENDANCE_RECORDED,
                attendee.email(), attendee.name(), model);
    }

    private static List<NotificationRequest> toContact(TrainingEvent event, BookingSummary booking, EmailKind kind,
            Map<String, String> details) {
        Recipient contact = Recipient.contact(booking.contact());
        if (contact == null) {
            return List.of();
        }
        return List.of(request(event, booking, kind, details, contact, null));
    }

    private static List<NotificationRequest> toAttendees(TrainingEvent event, BookingSummary booking, EmailKind kind,
            Map<String, String> details) {
        Recipient contact = Recipient.contact(booking.contact());
        List<NotificationRequest> requests = new ArrayList<>();
        for (Attendee attendee : attendees(booking)) {
            Recipient holder = Recipient.attendee(attendee);
            if (contact != null && contact.key().equals(holder.key())) {
                holder = contact.alsoAttending(holder);
            }
            requests.add(request(event, booking, kind, details, holder, null));
        }
        return requests;
    }

    /** One email per address: the contact's, each attendee's, and the contact's and their own in one. */
    private static List<NotificationRequest> toContactAndAttendees(TrainingEvent event, BookingSummary booking,
            EmailKind kind, Map<String, String> details, CalendarEntry.Method calendar) {
        Map<String, Recipient> recipients = new LinkedHashMap<>();
        Recipient contact = Recipient.contact(booking.contact());
        if (contact != null) {
            recipients.put(contact.key(), contact);
        }
        for (Attendee attendee : attendees(booking)) {
            Recipient holder = Recipient.attendee(attendee);
            recipients.merge(holder.key(), holder, Recipient::alsoAttending);
        }
        return recipients.values().stream()
                .map(recipient -> request(event, booking, kind, details, recipient,
                        recipient.attends() ? calendar : null))
                .toList();
    }

    private static NotificationRequest request(TrainingEvent event, BookingSummary booking, EmailKind kind,
            Map<String, String> details, Recipient recipient, CalendarEntry.Method calendar) {
        Map<String, String> model = sessionModel(event.session());
        model.putAll(bookingModel(booking));
        model.putAll(details);
        if (recipient.madeBooking()) {
            model.put("forContact", "true");
        }
        if (recipient.attends()) {
            model.put("forAttendee", "true");
        }
        model.put("bookingRole", bookingRole(recipient, booking));
        if (calendar != null) {
            model.putAll(calendarEntry(event, calendar).toModel());
        }
        return new NotificationRequest(event.eventId(), typeId(event), kind, recipient.email(), recipient.name(),
                model);
    }

    /** The end of the footer's "You are receiving this email because ...". */
    private static String bookingRole(Recipient recipient, BookingSummary booking) {
        String organisation = booking.organisationName() == null ? "your organisation" : booking.organisationName();
        if (recipient.madeBooking() && recipient.attends()) {
            return "you made this booking for " + organisation + " and hold one of its places";
        }
        if (recipient.madeBooking()) {
            return "you made this booking for " + organisation;
        }
        String contact = booking.contact() == null || booking.contact().name() == null ? "a colleague"
                : booking.contact().name();
        return contact + " booked you a place on this session for " + organisation;
    }

    private static CalendarEntry calendarEntry(TrainingEvent event, CalendarEntry.Method method) {
        SessionDetails session = event.session();
        String location = session.format() == SessionFormat.ONLINE ? WebLink.orNull(session.onlineUrl())
                : session.venue();
        String description = "Social Value UK training: " + session.courseTitle()
                + (session.courseCode() == null ? "" : " (" + session.courseCode() + ")")
                + (location == null ? "" : "\n" + (session.format() == SessionFormat.ONLINE ? "Join online: "
                        : "Venue: ") + location);
        return new CalendarEntry(method, CalendarEntry.sessionUid(event.sessionId()),
                CalendarEntry.sequence(session.calendarSequence(), event.occurredAt(), method), event.occurredAt(),
                session.startsAt(), session.endsAt(), session.courseTitle(), location, description,
                CalendarEntry.Participation.ACCEPTED);
    }

    private static Map<String, String> sessionModel(SessionDetails session) {
        Map<String, String> model = new HashMap<>();
        putIfPresent(model, "courseTitle", session.courseTitle());
        putIfPresent(model, "courseCode", session.courseCode());
        putIfPresent(model, "sessionDate", LondonTime.day(session.startsAt()));
        putIfPresent(model, "sessionTime", LondonTime.span(session.startsAt(), session.endsAt()));
        putIfPresent(model, "cpdHours", session.cpdHours());
        if (session.format() == SessionFormat.ONLINE) {
            putIfPresent(model, "onlineUrl", WebLink.orNull(session.onlineUrl()));
        } else {
            putIfPresent(model, "venue", session.venue());
        }
        return model;
    }

    private static Map<String, String> bookingModel(BookingSummary booking) {
        Map<String, String> model = new HashMap<>();
        putIfPresent(model, "organisationName", booking.organisationName());
        putIfPresent(model, "bookingReference", booking.bookingId());
        model.put("seats", Integer.toString(booking.seats()));
        putIfPresent(model, "attendeeNames", names(attendees(booking)));
        putIfPresent(model, "purchaseOrder", booking.purchaseOrder());
        if (booking.contact() != null) {
            putIfPresent(model, "contactName", booking.contact().name());
        }
        if (booking.price() != null) {
            putIfPresent(model, "priceNet", booking.price().net());
            putIfPresent(model, "priceVat", booking.price().vat());
            putIfPresent(model, "priceGross", booking.price().gross());
            if (booking.price().basis() != null) {
                model.put("priceBasis",
                        booking.price().basis() == PriceBasis.MEMBER ? "member price" : "non-member price");
            }
        }
        return model;
    }

    private static List<Attendee> attendees(BookingSummary booking) {
        return booking.attendees() == null ? List.of() : booking.attendees().stream()
                .filter(attendee -> attendee != null && attendee.email() != null && !attendee.email().isBlank())
                .toList();
    }

    private static void putIfPresent(Map<String, String> model, String name, String value) {
        if (value != null && !value.isBlank()) {
            model.put(name, value);
        }
    }

    private static String typeId(IntegrationEvent event) {
        return EventTypes.of(event.getClass()).typeId();
    }

    /** Someone an email about a booking goes to, and why. */
    private record Recipient(String email, String name, boolean madeBooking, boolean attends) {

        static Recipient contact(BookingContact contact) {
            if (contact == null || contact.email() == null || contact.email().isBlank()) {
                return null;
            }
            return new Recipient(contact.email(), contact.name(), true, false);
        }

        static Recipient attendee(Attendee attendee) {
            return new Recipient(attendee.email(), attendee.name(), false, true);
        }

        String key() {
            return Notification.normalise(email);
        }

        Recipient alsoAttending(Recipient attendee) {
            return new Recipient(email, name, madeBooking || attendee.madeBooking, attends || attendee.attends);
        }
    }
}
