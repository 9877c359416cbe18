package uk.socialvalue.notification.unsubscribe;

import java.util.Objects;

import uk.socialvalue.notification.delivery.Notification;
import uk.socialvalue.notification.email.Category;

/** An address that no longer wants the emails of one non-essential category. */
public record OptOut(String address, Category category) {

    public OptOut {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(category, "category");
        if (category.isEssential()) {
            throw new IllegalArgumentException(category + " is essential: nobody can opt out of it");
        }
        address = Notification.normalise(address);
    }
}
