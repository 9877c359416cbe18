package uk.socialvalue.notification.delivery.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import uk.socialvalue.notification.delivery.Notification;
import uk.socialvalue.notification.delivery.NotificationPage;
import uk.socialvalue.notification.delivery.NotificationQuery;
import uk.socialvalue.notification.delivery.NotificationStatus;
import uk.socialvalue.notification.delivery.Notifications;
import uk.socialvalue.notification.email.EmailKind;
import uk.socialvalue.support.web.ConflictException;
import uk.socialvalue.support.domain.InvalidField;
import uk.socialvalue.support.domain.ConcurrentUpdate;
import uk.socialvalue.support.domain.NotFound;

/** The delivery log for SVUK staff: what was sent to whom, what failed and why, and a way to send it again. */
@RestController
@RequestMapping("/api/notifications")
class NotificationsController {

    private static final int MAX_PAGE_SIZE = 100;

    private final Notifications notifications;
    private final Clock clock;

    NotificationsController(Notifications notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    @Operation(summary = "Search the delivery log, newest first (admin)")
    @GetMapping
    PageView search(@RequestParam(required = false) String recipient,
            @RequestParam(required = false) NotificationStatus status, @RequestParam(required = false) EmailKind type,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        if (page < 0) {
            throw new InvalidField("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidField("size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        String recipientFilter = recipient == null || recipient.isBlank() ? null : recipient;
        NotificationPage found = notifications.search(new NotificationQuery(recipientFilter, status, type, page, size));
        return new PageView(found.items().stream().map(NotificationView::of).toList(), found.page(), found.size(),
                found.total());
    }

    @Operation(summary = "Send an email again now, with a fresh set of attempts (admin)",
            description = "For a FAILED email, or a SENT one that the person lost; a PENDING one is tried now. "
                    + "An email suppressed because the person unsubscribed is a 409.")
    @PostMapping("/{id}/resend")
    @ResponseStatus(HttpStatus.ACCEPTED)
    NotificationView resend(@PathVariable String id) {
        Notification current = notifications.byId(id)
                .orElseThrow(() -> new NotFound("No notification " + id));
        Notification next;
        try {
            next = current.resent(clock.instant());
        } catch (IllegalStateException e) {
            throw new ConflictException(e.getMessage(), Map.of("status", current.status().name()));
        }
        if (!notifications.replace(current, next)) {
            throw new ConcurrentUpdate(Notification.NAME, id); // not retried: look at it again before resending
        }
        return NotificationView.of(next);
    }

    /** One page of the delivery log. */
    record PageView(List<NotificationView> items, int page, int size, long total) {
    }

    /**
     * An entry of the delivery log, as admins see it; {@code resendable} says whether a resend would be accepted
     * (not for an address that unsubscribed, nor for a sent email whose single-use link is gone).
     */
    record NotificationView(String id, String eventId, EmailKind type, String recipient, String subject,
            NotificationStatus status, int attempts, String lastError, Instant createdAt, Instant sentAt,
            boolean resendable) {

        static NotificationView of(Notification n) {
            return new NotificationView(n.id(), n.eventId(), n.kind(), n.recipient(), n.subject(), n.status(),
                    n.attempts(), n.lastError(), n.createdAt(), n.sentAt(), n.canBeResent());
        }
    }
}
