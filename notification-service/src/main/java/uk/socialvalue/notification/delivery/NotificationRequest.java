package uk.socialvalue.notification.delivery;

import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import uk.socialvalue.notification.email.EmailKind;
import uk.socialvalue.notification.email.SingleLine;

/**
 * What an event asks for: one email of a kind to one person.
 *
 * @param eventId        the id of the event that causes it; with the recipient, it identifies the email
 * @param eventType      the event's wire type id, {@code membership.MembershipApplied.v1}, for the log
 * @param kind           which email
 * @param recipient      the address to send it to
 * @param recipientName  how to address the person, or {@code null}
 * @param model          the values its templates show
 */
public record NotificationRequest(String eventId, String eventType, EmailKind kind, String recipient,
        String recipientName, Map<String, String> model) {

    public NotificationRequest {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(recipient, "recipient");
        recipientName = SingleLine.of(recipientName);
        // Optional values (a rejection without a reason) are simply absent from the model.
        model = model.entrySet().stream().filter(entry -> entry.getValue() != null)
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
