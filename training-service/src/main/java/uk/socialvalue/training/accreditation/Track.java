package uk.socialvalue.training.accreditation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import uk.socialvalue.contracts.IntegrationEvent;
import uk.socialvalue.contracts.training.AccreditationTrackDefined;
import uk.socialvalue.support.domain.Aggregate;
import uk.socialvalue.support.domain.InvalidField;

/**
 * An accreditation track: courses in order, one per level (Level 1, 2 and 3 Social Value Practitioner), and how
 * many months a completed level stays valid.
 */
public class Track implements Aggregate {

    public static final String NAME = "Accreditation track";
    static final int MAX_VALIDITY_MONTHS = 120;

    private final String id;
    private final String name;
    private final List<Level> levels;
    private final int validityMonths;
    private final Instant definedAt;
    private final long version;
    private final List<IntegrationEvent> events = new ArrayList<>();

    /**
     * One level of a track.
     *
     * @param number       from 1
     * @param courseId     the course that completes it
     * @param courseCode   its code
     * @param courseTitle  its title
     */
    public record Level(int number, String courseId, String courseCode, String courseTitle) {
    }

    private Track(String id, String name, List<Level> levels, int validityMonths, Instant definedAt, long version) {
        this.id = Objects.requireNonNull(id);
        this.name = Objects.requireNonNull(name);
        this.levels = List.copyOf(levels);
        this.validityMonths = validityMonths;
        this.definedAt = definedAt;
        this.version = version;
    }

    /** A track as stored; for repositories only. */
    public static Track restore(String id, String name, List<Level> levels, int validityMonths, Instant definedAt,
            long version) {
        return new Track(id, name, levels, validityMonths, definedAt, version);
    }

    /**
     * A new track of these levels, level 1 first.
     *
     * @throws InvalidField naming the field: no name, no level, a course twice, a validity out of range
     */
    static Track define(String name, List<Level> levels, int validityMonths, Instant now) {
        if (name == null || name.isBlank()) {
            throw new InvalidField("name", "is required");
        }
        if (levels.isEmpty()) {
            throw new InvalidField("courseIds", "must name at least one course, level 1 first");
        }
        var codes = new HashSet<String>();
        for (Level level : levels) {
            if (!codes.add(level.courseCode())) {
                throw new InvalidField("courseIds", "names " + level.courseCode() + " twice");
            }
        }
        if (validityMonths < 1 || validityMonths > MAX_VALIDITY_MONTHS) {
            throw new InvalidField("validityMonths", "must be between 1 and " + MAX_VALIDITY_MONTHS);
        }
        var track = new Track(UUID.randomUUID().toString(), name.strip(), levels, validityMonths, now, 0);
        track.events.add(new AccreditationTrackDefined(UUID.randomUUID().toString(), now, track.id, track.name,
                levels.stream().map(Level::courseCode).toList(), validityMonths));
        return track;
    }

    /** The level the course with this code completes, if it is one of the track's. */
    public Optional<Level> levelOf(String courseCode) {
        return levels.stream().filter(level -> level.courseCode().equals(courseCode)).findFirst();
    }

    /** The last day a level completed on this day is valid. */
    public LocalDate expiryOf(LocalDate completedOn) {
        return completedOn.plusMonths(validityMonths).minusDays(1);
    }

    @Override
    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public List<Level> levels() {
        return levels;
    }

    public int validityMonths() {
        return validityMonths;
    }

    public Instant definedAt() {
        return definedAt;
    }

    @Override
    public long version() {
        return version;
    }

    @Override
    public List<IntegrationEvent> events() {
        return List.copyOf(events);
    }
}
