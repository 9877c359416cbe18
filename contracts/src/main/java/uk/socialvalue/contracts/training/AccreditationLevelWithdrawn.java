package uk.socialvalue.contracts.training;

import java.time.Instant;
import java.time.LocalDate;

import uk.socialvalue.contracts.IntegrationEvent;

/**
 * A level a person held is withdrawn: the attendance that completed it was corrected to "did not attend". The
 * person no longer holds it (until they complete it again, which announces it anew). Announced once per
 * withdrawal; a correction recorded again changes nothing. Keyed by the track, as its completion is.
 *
 * @param eventId         set once by training-service
 * @param occurredAt      when the attendance was corrected
 * @param trackId         the track
 * @param trackName       e.g. "Social Value Practitioner"
 * @param level           the level withdrawn, from 1
 * @param levelTitle      the course of the level
 * @param attendee        who held it
 * @param organisationId  the organisation whose booking had completed it
 * @param completedOn     the day of the session the completion came from, UK
 */
public record AccreditationLevelWithdrawn(String eventId, Instant occurredAt, String trackId, String trackName,
        int level, String levelTitle, Attendee attendee, String organisationId, LocalDate completedOn)
        implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return trackId;
    }
}
