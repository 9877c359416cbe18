package uk.socialvalue.contracts.membership;

import java.time.Instant;
import java.util.List;

import uk.socialvalue.contracts.IntegrationEvent;

/**
 * SVUK erased a person who no longer holds any role: membership-service has anonymised them, and every service
 * removes the personal data it holds about them (names and email addresses), keeping only what counts need.
 * Their access tokens no longer count either.
 *
 * @param personId  whom to forget
 * @param emails    every email address membership-service knew them by, lower-cased, for services that hold
 *                  data by address only
 */
public record PersonErased(String eventId, Instant occurredAt, String personId, List<String> emails)
        implements IntegrationEvent {

    public PersonErased {
        emails = List.copyOf(emails);
    }

    @Override
    public String aggregateId() {
        return personId;
    }
}
