package uk.socialvalue.portal.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** notification-service: the email delivery log, resending, and unsubscribe links. */
public class NotificationApi {

    private final ServiceClient client;

    NotificationApi(ServiceClient client) {
        this.client = client;
    }

    /** @param resendable  whether notification-service would send it again (not a sent single-use link) */
    public record Notification(String id, String eventId, String type, String recipient, String subject,
            String status, int attempts, String lastError, Instant createdAt, Instant sentAt, boolean resendable) {
    }

    public record NotificationPage(List<Notification> items, int page, int size, long total) {

        public int pages() {
            return size == 0 ? 0 : (int) ((total + size - 1) / size);
        }
    }

    public record NotificationQuery(String recipient, String status, String type, int page, int size) {
    }

    public NotificationPage notifications(NotificationQuery query) {
        return client.get(NotificationPage.class, uri -> uri.path("/api/notifications")
                .queryParamIfPresent("recipient", MembershipApi.blankToEmpty(query.recipient()))
                .queryParamIfPresent("status", MembershipApi.blankToEmpty(query.status()))
                .queryParamIfPresent("type", MembershipApi.blankToEmpty(query.type()))
                .queryParam("page", query.page())
                .queryParam("size", query.size())
                .build());
    }

    public Notification resend(String id) {
        return client.post(null, Notification.class, "/api/notifications/{id}/resend", id);
    }

    /**
     * What an unsubscribe link stands for.
     *
     * @param category      the category's name, {@code RENEWAL_REMINDERS}
     * @param label         how it reads in a sentence, "renewal reminders"
     * @param address       the email address it is for
     * @param unsubscribed  whether that address has already opted out of it
     */
    public record Unsubscription(String category, String label, String address, boolean unsubscribed) {
    }

    public Unsubscription unsubscription(String token) {
        return client.get(Unsubscription.class, "/api/unsubscribe/{token}/details", token);
    }

    public void unsubscribe(String token) {
        client.post(null, "/api/unsubscribe/{token}", token);
    }

    public DeadLetters deadLetters() {
        return client.get(DeadLetters.class, "/api/admin/dead-letters?limit=50");
    }

    public AuditLog audit(AuditLog.Query query) {
        return AuditLog.read(client, query);
    }

    public Map<String, Object> personalData() {
        return AuditLog.personalData(client);
    }
}
