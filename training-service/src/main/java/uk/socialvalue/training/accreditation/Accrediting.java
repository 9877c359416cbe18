package uk.socialvalue.training.accreditation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import uk.socialvalue.contracts.UkTime;
import uk.socialvalue.contracts.training.Attendee;
import uk.socialvalue.support.domain.ConcurrentUpdate;
import uk.socialvalue.support.domain.InvalidField;
import uk.socialvalue.support.domain.NotFound;
import uk.socialvalue.support.domain.Retry;
import uk.socialvalue.training.catalogue.Catalogue;
import uk.socialvalue.training.catalogue.Course;
import uk.socialvalue.training.certificate.Certificate;

/**
 * SVUK staff defining accreditation tracks; people completing their levels by attending the courses (recorded
 * and announced, or renewed when completed again); reminders before a level expires.
 */
public class Accrediting {

    private static final int REMINDER_PAGE = 200;

    private final Tracks tracks;
    private final Accreditations accreditations;
    private final Catalogue catalogue;
    private final Retry retry;
    private final int reminderDaysBefore;
    private final Clock clock;

    public Accrediting(Tracks tracks, Accreditations accreditations, Catalogue catalogue, Retry retry,
            int reminderDaysBefore, Clock clock) {
        this.tracks = tracks;
        this.accreditations = accreditations;
        this.catalogue = catalogue;
        this.retry = retry;
        this.reminderDaysBefore = reminderDaysBefore;
        this.clock = clock;
    }

    /**
     * Defines a track of these courses, level 1 first.
     *
     * @throws InvalidField naming the field: an unknown or retired course, a course twice, a validity out of range
     */
    public Track define(String name, List<String> courseIds, int validityMonths) {
        List<Track.Level> levels = new java.util.ArrayList<>();
        for (int i = 0; i < (courseIds == null ? 0 : courseIds.size()); i++) {
            Course course = course(courseIds.get(i), i);
            levels.add(new Track.Level(i + 1, course.id(), course.details().code(), course.details().title()));
        }
        Track track = Track.define(name, levels, validityMonths, now());
        tracks.add(track);
        return track;
    }

    private Course course(String courseId, int index) {
        try {
            Course course = catalogue.course(courseId);
            if (!course.isActive()) {
                throw new InvalidField("courseIds[" + index + "]", "names a retired course");
            }
            return course;
        } catch (NotFound e) {
            throw new InvalidField("courseIds[" + index + "]", "is not a course of the catalogue");
        }
    }

    public List<Track> tracks() {
        return tracks.all();
    }

    public Track track(String id) {
        return tracks.byId(id).orElseThrow(() -> new NotFound("No accreditation track " + id));
    }

    /**
     * Records the level of every track that the certificate's course completes: a new level is announced, one
     * held already is renewed from the later day. Safe to run again for the same certificate.
     */
    public void attended(Certificate certificate) {
        Instant now = now();
        var person = new Attendee(certificate.name(), certificate.email());
        for (Track track : tracks.all()) {
            Optional<Track.Level> level = track.levelOf(certificate.courseCode());
            if (level.isPresent()) {
                complete(track, level.get(), person, certificate.organisationId(), certificate.date(), now);
            }
        }
    }

    /**
     * The attendance of the session of {@code day} was corrected to absent: every level its course had completed
     * for the person on that day is withdrawn, with its event. Safe to run again.
     */
    public void absent(String email, String courseCode, LocalDate day) {
        Instant now = now();
        for (Track track : tracks.all()) {
            Optional<Track.Level> level = track.levelOf(courseCode);
            if (level.isEmpty()) {
                continue;
            }
            String key = Accreditation.key(track.id(), level.get().number(), email);
            retry.onConflict(() -> {
                Optional<Accreditation> held = accreditations.byId(key);
                if (held.isPresent() && held.get().withdrawIfCompletedOn(day, now)) {
                    accreditations.save(held.get());
                }
                return true;
            });
        }
    }

    private void complete(Track track, Track.Level level, Attendee person, String organisationId, LocalDate on,
            Instant now) {
        String key = Accreditation.key(track.id(), level.number(), person.email());
        retry.onConflict(() -> {
            Optional<Accreditation> held = accreditations.byId(key);
            if (held.isEmpty()) {
                if (accreditations.addIfNew(Accreditation.completed(track, level, person, organisationId, on, now))) {
                    return true;
                }
                throw new ConcurrentUpdate(Accreditation.NAME, key); // recorded meanwhile: renew that one
            }
            Accreditation accreditation = held.get();
            if (accreditation.renewBy(track, organisationId, on, now)) {
                accreditations.save(accreditation);
            }
            return true;
        });
    }

    /**
     * Makes the reminders due of levels expiring within the configured days; each once.
     *
     * @return how many fell due
     */
    public int remindExpiring() {
        Instant now = now();
        LocalDate today = LocalDate.ofInstant(now, UkTime.ZONE);
        int reminded = 0;
        List<Accreditation> due;
        do {
            due = accreditations.unremindedExpiringBetween(today, today.plusDays(reminderDaysBefore), REMINDER_PAGE);
            int before = reminded;
            for (Accreditation found : due) {
                reminded += retry.onConflict(() -> {
                    Accreditation accreditation = accreditations.byId(found.id()).orElseThrow();
                    if (!accreditation.remind(today, reminderDaysBefore, now)) {
                        return 0;
                    }
                    accreditations.save(accreditation);
                    return 1;
                });
            }
            if (reminded == before) {
                return reminded; // reminded meanwhile by another instance
            }
        } while (due.size() == REMINDER_PAGE);
        return reminded;
    }

    /**
     * A person's levels: all of them, or, for a contact of an organisation, those completed on its bookings.
     *
     * @param organisationId  the only organisation whose bookings count, or {@code null} for every one
     */
    public List<Accreditation> of(String email, String organisationId) {
        return accreditations.ofPerson(email.strip().toLowerCase(Locale.ROOT)).stream()
                .filter(a -> !a.isWithdrawn())
                .filter(a -> organisationId == null || organisationId.equals(a.organisationId()))
                .sorted(Comparator.comparing(Accreditation::trackName).thenComparing(Accreditation::level))
                .toList();
    }

    /** Today in the UK. */
    public LocalDate today() {
        return LocalDate.ofInstant(now(), UkTime.ZONE);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
