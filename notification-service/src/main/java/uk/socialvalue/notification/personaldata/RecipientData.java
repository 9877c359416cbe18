package uk.socialvalue.notification.personaldata;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.socialvalue.notification.delivery.Notification;
import uk.socialvalue.notification.delivery.Notifications;
import uk.socialvalue.notification.links.SealedLinkFields;
import uk.socialvalue.notification.unsubscribe.OptOuts;

/**
 * What this service holds about an email address: the delivery log's entries to it and its opt-outs. Erasing
 * removes both (the entries stay as counts: kind, status, when), and can run any number of times.
 */
public class RecipientData {

    private final Notifications notifications;
    private final OptOuts optOuts;

    public RecipientData(Notifications notifications, OptOuts optOuts) {
        this.notifications = notifications;
        this.optOuts = optOuts;
    }

    public Map<String, Object> of(String personId, String address) {
        Map<String, Object> held = new LinkedHashMap<>();
        held.put("service", "notification-service");
        held.put("personId", personId);
        held.put("email", address);
        List<Map<String, Object>> emails = address == null ? List.of()
                : notifications.toRecipient(address).stream().map(RecipientData::entry).toList();
        held.put("emails", emails);
        held.put("optedOutOf", address == null ? List.of() : optOuts.of(Notification.normalise(address)));
        return held;
    }

    /**
     * Forgets every address given: their emails' personal data and their opt-outs, and any email an event from
     * before {@code erasedAt} causes later.
     */
    public void erase(Collection<String> addresses, Instant erasedAt) {
        for (String address : addresses) {
            notifications.eraseRecipient(address, erasedAt);
            optOuts.removeAll(Notification.normalise(address));
        }
    }

    private static Map<String, Object> entry(Notification notification) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", notification.id());
        entry.put("type", notification.kind().name());
        entry.put("subject", notification.subject());
        entry.put("recipientName", notification.recipientName());
        entry.put("values", SealedLinkFields.withoutLinks(notification.model()));
        entry.put("status", notification.status().name());
        entry.put("createdAt", notification.createdAt());
        entry.put("sentAt", notification.sentAt());
        return entry;
    }
}
