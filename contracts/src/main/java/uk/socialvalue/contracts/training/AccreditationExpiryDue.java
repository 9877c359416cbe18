package uk.socialvalue.contracts.training;

import java.time.Instant;
import java.time.LocalDate;

import uk.socialvalue.contracts.IntegrationEvent;

/**
 * A completed level of an accreditation track expires within {@code daysBefore} days: the person is reminded to
 * take its course again. Once per completion. Keyed by the track.
 *
 * @param eventId         set once by training-service
 * @param occurredAt      when it fell due
 * @param trackId         the track
 * @param trackName       its name
 * @param level           the level, from 1
 * @param levelTitle      the course of the level
 * @param attendee        who
 * @param organisationId  the organisation whose booking it was
 * @param expiresOn       the last day it is valid
 * @param daysBefore      how long before expiry reminders go
 */
public record AccreditationExpiryDue(String eventId, Instant occurredAt, String trackId, String trackName, int level,
        String levelTitle, Attendee attendee, String organisationId, LocalDate expiresOn, int daysBefore)
        implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return trackId;
    }
}
