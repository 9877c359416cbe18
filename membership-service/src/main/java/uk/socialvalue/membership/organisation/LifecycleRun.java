package uk.socialvalue.membership.organisation;

import java.util.List;

/**
 * What one lifecycle run did.
 *
 * @param changed      how many organisations it moved on (a reminder, grace, lapsing)
 * @param conflicting  the organisations it had to leave for the next run, because other writers kept changing
 *                     them at the same moment beyond the conflict retries
 */
public record LifecycleRun(int changed, List<String> conflicting) {

    public LifecycleRun {
        conflicting = List.copyOf(conflicting);
    }
}
