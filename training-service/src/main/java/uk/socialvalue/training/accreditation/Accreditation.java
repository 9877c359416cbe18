package uk.socialvalue.training.accreditation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import uk.socialvalue.contracts.IntegrationEvent;
import uk.socialvalue.contracts.training.AccreditationExpiryDue;
import uk.socialvalue.contracts.training.AccreditationLevelCompleted;
import uk.socialvalue.contracts.training.AccreditationLevelWithdrawn;
import uk.socialvalue.contracts.training.Attendee;
import uk.socialvalue.support.domain.Aggregate;

/**
 * A level of a track that a person holds: completed on the day they attended its course, valid until
 * {@code expiresOn}, reminded once before that. Keyed {@code <trackId>|<level>|<email>}: completing it again
 * renews the same record. Withdrawn when the attendance that completed it is corrected to absent; completing it
 * again then holds it anew.
 */
public class Accreditation implements Aggregate {

    public static final String NAME = "Accreditation";

    private final String trackId;
    private final String trackName;
    private final int level;
    private final int levels;
    private final String levelTitle;
    private final Attendee person;
    private String organisationId;
    private LocalDate completedOn;
    private LocalDate expiresOn;
    private Instant remindedAt;
    private Instant withdrawnAt;
    private final long version;
    private final List<IntegrationEvent> events = new ArrayList<>();

    private Accreditation(String trackId, String trackName, int level, int levels, String levelTitle, Attendee person,
            String organisationId, LocalDate completedOn, LocalDate expiresOn, Instant remindedAt, long version) {
        this.trackId = Objects.requireNonNull(trackId);
        this.trackName = trackName;
        this.level = level;
        this.levels = levels;
        this.levelTitle = levelTitle;
        this.person = Objects.requireNonNull(person);
        this.organisationId = organisationId;
        this.completedOn = Objects.requireNonNull(completedOn);
        this.expiresOn = Objects.requireNonNull(expiresOn);
        this.remindedAt = remindedAt;
        this.version = version;
    }

    /** An accreditation as stored; for repositories only. */
    public static Accreditation restore(String trackId, String trackName, int level, int levels, String levelTitle,
            Attendee person, String organisationId, LocalDate completedOn, LocalDate expiresOn, Instant remindedAt,
            Instant withdrawnAt, long version) {
        var accreditation = new Accreditation(trackId, trackName, level, levels, levelTitle, person, organisationId,
                completedOn, expiresOn, remindedAt, version);
        accreditation.withdrawnAt = withdrawnAt;
        return accreditation;
    }

    /** The key of a person's level of a track. */
    public static String key(String trackId, int level, String email) {
        return trackId + "|" + level + "|" + email;
    }

    /** A level completed for the first time, announced. */
    static Accreditation completed(Track track, Track.Level level, Attendee person, String organisationId,
            LocalDate completedOn, Instant now) {
        var accreditation = new Accreditation(track.id(), track.name(), level.number(), track.levels().size(),
                level.courseTitle(), person, organisationId, completedOn, track.expiryOf(completedOn), null, 0);
        accreditation.announce(now);
        return accreditation;
    }

    /**
     * Completing the level again, on a later day, renews it from that day (and a reminder goes again before the
     * new expiry); an earlier or the same day changes nothing.
     *
     * @return whether it was renewed
     */
    boolean renewBy(Track track, String organisationId, LocalDate completedOn, Instant now) {
        if (withdrawnAt == null && !completedOn.isAfter(this.completedOn)) {
            return false;
        }
        withdrawnAt = null; // a withdrawn level completed again is held anew, from that day
        this.completedOn = completedOn;
        this.expiresOn = track.expiryOf(completedOn);
        this.organisationId = organisationId;
        this.remindedAt = null;
        announce(now);
        return true;
    }

    /**
     * Marks the reminder due when the expiry is {@code daysBefore} days away or less and it has not expired;
     * once per completion.
     *
     * @return whether it fell due now
     */
    boolean remind(LocalDate today, int daysBefore, Instant now) {
        if (remindedAt != null || withdrawnAt != null || today.isAfter(expiresOn) || today.isBefore(expiresOn.minusDays(daysBefore))) {
            return false;
        }
        remindedAt = now;
        events.add(new AccreditationExpiryDue(UUID.randomUUID().toString(), now, trackId, trackName, level, levelTitle,
                person, organisationId, expiresOn, daysBefore));
        return true;
    }

    /**
     * Withdraws the level if the attendance of {@code sessionDay} is what completed it (a level renewed by a
     * later attendance stands); once.
     *
     * @return whether it was withdrawn now
     */
    boolean withdrawIfCompletedOn(LocalDate sessionDay, Instant now) {
        if (withdrawnAt != null || !completedOn.equals(sessionDay)) {
            return false;
        }
        withdrawnAt = now;
        events.add(new AccreditationLevelWithdrawn(UUID.randomUUID().toString(), now, trackId, trackName, level,
                levelTitle, person, organisationId, completedOn));
        return true;
    }

    /** Whether it is held and valid on this day. */
    public boolean isValidOn(LocalDate day) {
        return withdrawnAt == null && !day.isBefore(completedOn) && !day.isAfter(expiresOn);
    }

    /** Whether it was withdrawn (its attendance corrected to absent) and not completed again since. */
    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }

    private void announce(Instant now) {
        events.add(new AccreditationLevelCompleted(UUID.randomUUID().toString(), now, trackId, trackName, level,
                levels, levelTitle, person, organisationId, completedOn, expiresOn));
    }

    @Override
    public String id() {
        return key(trackId, level, person.email());
    }

    @Override
    public long version() {
        return version;
    }

    @Override
    public List<IntegrationEvent> events() {
        return List.copyOf(events);
    }

    public String trackId() {
        return trackId;
    }

    public String trackName() {
        return trackName;
    }

    public int level() {
        return level;
    }

    public int levels() {
        return levels;
    }

    public String levelTitle() {
        return levelTitle;
    }

    public Attendee person() {
        return person;
    }

    public String organisationId() {
        return organisationId;
    }

    public LocalDate completedOn() {
        return completedOn;
    }

    public LocalDate expiresOn() {
        return expiresOn;
    }

    public Instant remindedAt() {
        return remindedAt;
    }
}
