package uk.socialvalue.notification.membership;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import uk.socialvalue.contracts.UkTime;
import uk.socialvalue.contracts.EventTypes;
import uk.socialvalue.contracts.IntegrationEvent;
import uk.socialvalue.contracts.membership.ContactSummary;
import uk.socialvalue.contracts.membership.MembershipActivated;
import uk.socialvalue.contracts.membership.MembershipApplied;
import uk.socialvalue.contracts.membership.MembershipCancelled;
import uk.socialvalue.contracts.membership.MembershipEnteredGrace;
import uk.socialvalue.contracts.membership.MembershipEvent;
import uk.socialvalue.contracts.membership.MembershipInvoiceIssued;
import uk.socialvalue.contracts.membership.MembershipInvoiceKind;
import uk.socialvalue.contracts.membership.MembershipLapsed;
import uk.socialvalue.contracts.membership.MembershipRejected;
import uk.socialvalue.contracts.membership.MembershipRenewalDue;
import uk.socialvalue.contracts.membership.MembershipRenewed;
import uk.socialvalue.contracts.membership.PasswordSetupRequested;
import uk.socialvalue.notification.delivery.NotificationRequest;
import uk.socialvalue.notification.email.EmailKind;
import uk.socialvalue.notification.email.InvoiceEmailModel;

/**
 * Which emails membership-service's events cause: one per event, to the organisation's primary contact (for an
 * invoice, its billing contact, with the PDF attached) or, for password links, to the person the link is for. Dates read as people in the UK write them.
 */
public final class MembershipEmails {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);

    private MembershipEmails() {
    }

    public static List<NotificationRequest> requestsFor(IntegrationEvent event) {
        if (event instanceof PasswordSetupRequested request) {
            // A version-1 request carried its link in plain text; such links no longer work, so no email.
            return request.sealedSetupUrl() == null ? List.of() : List.of(passwordLink(request));
        }
        if (event instanceof MembershipApplied applied) {
            return toPrimaryContact(applied, EmailKind.APPLICATION_RECEIVED, Map.of());
        }
        if (event instanceof MembershipActivated) {
            // No email of its own: the welcome, with the link to set a password, comes from the
            // PasswordSetupRequested (MEMBERSHIP_APPROVED) that membership-service publishes with it, on the
            // accounts topic that alone may carry the link's secret.
            return List.of();
        }
        if (event instanceof MembershipRejected rejected) {
            return toPrimaryContact(rejected, EmailKind.MEMBERSHIP_REJECTED, values("reason", rejected.reason()));
        }
        if (event instanceof MembershipRenewalDue due) {
            return toPrimaryContact(due, EmailKind.RENEWAL_DUE,
                    values("endsOn", day(due.endsOn()), "daysBefore", Integer.toString(due.daysBefore())));
        }
        if (event instanceof MembershipEnteredGrace grace) {
            return toPrimaryContact(grace, EmailKind.ENTERED_GRACE,
                    values("endedOn", day(grace.endedOn()), "graceEndsOn", day(grace.graceEndsOn())));
        }
        if (event instanceof MembershipLapsed lapsed) {
            return toPrimaryContact(lapsed, EmailKind.MEMBERSHIP_LAPSED, Map.of());
        }
        if (event instanceof MembershipCancelled cancelled) {
            return toPrimaryContact(cancelled, EmailKind.MEMBERSHIP_CANCELLED, values("reason", cancelled.reason()));
        }
        if (event instanceof MembershipRenewed renewed) {
            return toPrimaryContact(renewed, EmailKind.MEMBERSHIP_RENEWED, values("endsOn", day(renewed.endsOn())));
        }
        if (event instanceof MembershipInvoiceIssued invoiced) {
            return invoice(invoiced);
        }
        return List.of();
    }

    private static NotificationRequest passwordLink(PasswordSetupRequested request) {
        EmailKind kind = switch (request.reason()) {
            case MEMBERSHIP_APPROVED -> EmailKind.MEMBERSHIP_APPROVED;
            case CONTACT_ADDED -> EmailKind.CONTACT_INVITED;
            case PASSWORD_RESET -> EmailKind.PASSWORD_RESET;
            case STAFF_ADDED -> EmailKind.STAFF_INVITED;
        };
        Map<String, String> model = new HashMap<>();
        model.put("organisationName", request.organisationName());
        model.put("setupUrl", request.sealedSetupUrl()); // opened when the email is built, dropped once it is sent
        model.put("expiresAt", moment(request.expiresAt()));
        return new NotificationRequest(request.eventId(), typeId(request), kind, request.email(), request.name(), model);
    }

    /** To the billing contact (the primary contact when it was issued), with its PDF attached. */
    private static List<NotificationRequest> invoice(MembershipInvoiceIssued invoiced) {
        ContactSummary contact = invoiced.billingContact();
        if (contact == null || contact.email() == null || contact.email().isBlank()) {
            return List.of();
        }
        Map<String, String> model = new HashMap<>(InvoiceEmailModel.of(invoiced.invoice()));
        model.putAll(values("organisationName", invoiced.organisation() == null ? null : invoiced.organisation().name(),
                "purchaseOrder", invoiced.invoice().purchaseOrder(),
                "renewal", invoiced.kind() == MembershipInvoiceKind.MEMBERSHIP_RENEWAL ? "true" : null,
                "periodFrom", day(invoiced.periodFrom()), "periodTo", day(invoiced.periodTo())));
        return List.of(new NotificationRequest(invoiced.eventId(), typeId(invoiced), EmailKind.MEMBERSHIP_INVOICE_ISSUED,
                contact.email(), contact.name(), model));
    }

    private static List<NotificationRequest> toPrimaryContact(MembershipEvent event, EmailKind kind,
            Map<String, String> details) {
        ContactSummary contact = event.primaryContact();
        if (contact == null || contact.email() == null || contact.email().isBlank()) {
            return List.of();
        }
        Map<String, String> model = new HashMap<>(details);
        model.put("organisationName", event.organisation() == null ? null : event.organisation().name());
        return List.of(new NotificationRequest(event.eventId(), typeId(event), kind, contact.email(), contact.name(),
                model));
    }

    /** Model values from name-value pairs; a missing value stays out of the model (templates test for it). */
    private static Map<String, String> values(String... namesAndValues) {
        Map<String, String> model = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            String value = namesAndValues[i + 1];
            if (value != null && !value.isBlank()) {
                model.put(namesAndValues[i], value);
            }
        }
        return model;
    }

    private static String typeId(IntegrationEvent event) {
        return EventTypes.of(event.getClass()).typeId();
    }

    private static String day(LocalDate date) {
        return date == null ? null : DAY.format(date);
    }

    private static String moment(Instant instant) {
        return instant == null ? null : MOMENT.format(instant.atZone(UkTime.ZONE));
    }
}
