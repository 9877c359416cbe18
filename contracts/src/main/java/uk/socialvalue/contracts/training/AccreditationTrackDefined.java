package uk.socialvalue.contracts.training;

import java.time.Instant;
import java.util.List;

import uk.socialvalue.contracts.IntegrationEvent;

/**
 * SVUK staff defined an accreditation track: courses in order, one per level, and how long a level stays valid.
 * Keyed by the track.
 *
 * @param eventId         set once by training-service
 * @param occurredAt      when it was defined
 * @param trackId         the track
 * @param name            e.g. "Social Value Practitioner"
 * @param levelCourses    the course codes of its levels, level 1 first
 * @param validityMonths  how long a completed level stays valid
 */
public record AccreditationTrackDefined(String eventId, Instant occurredAt, String trackId, String name,
        List<String> levelCourses, int validityMonths) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return trackId;
    }
}
