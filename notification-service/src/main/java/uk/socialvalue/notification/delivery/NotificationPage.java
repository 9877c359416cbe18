package uk.socialvalue.notification.delivery;

import java.util.List;

/** One page of a search of the delivery log, with the number of entries that match in all. */
public record NotificationPage(List<Notification> items, int page, int size, long total) {
}
