package uk.socialvalue.contracts.training;

import java.time.Instant;
import java.time.LocalDate;

import uk.socialvalue.contracts.IntegrationEvent;

/**
 * A person completed a level of an accreditation track by attending its course (or completed it again, which
 * renews it): it is recorded, valid until {@code expiresOn}, and the person is told. Keyed by the track.
 *
 * @param eventId         set once by training-service
 * @param occurredAt      when attendance was recorded
 * @param trackId         the track
 * @param trackName       e.g. "Social Value Practitioner"
 * @param level           the level completed, from 1
 * @param levels          how many levels the track has
 * @param levelTitle      the course of the level
 * @param attendee        who
 * @param organisationId  the organisation whose booking it was
 * @param completedOn     the day of the session, UK
 * @param expiresOn       the last day it is valid
 */
public record AccreditationLevelCompleted(String eventId, Instant occurredAt, String trackId, String trackName,
        int level, int levels, String levelTitle, Attendee attendee, String organisationId, LocalDate completedOn,
        LocalDate expiresOn) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return trackId;
    }
}
