package uk.socialvalue.training.booking;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** SVUK admins recording who attended a session, which earns them CPD hours. */
public class Attendance {

    private final SessionChanges changes;
    private final Clock clock;

    public Attendance(SessionChanges changes, Clock clock) {
        this.changes = changes;
        this.clock = clock;
    }

    public Session record(String sessionId, List<AttendanceMark> marks) {
        return changes.change(sessionId, session -> {
            session.recordAttendance(marks, clock.instant().truncatedTo(ChronoUnit.MILLIS));
            return session;
        });
    }
}
