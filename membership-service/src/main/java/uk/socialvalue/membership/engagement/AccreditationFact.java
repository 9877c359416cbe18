package uk.socialvalue.membership.engagement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A level of an accreditation track completed by one person on a booking of the organisation, held until it
 * expires, or withdrawn (the attendance that completed it was corrected). Completing it again renews it; the
 * latest report wins. A renewal on another organisation's booking is a fact of that organisation: the person
 * counts for both until the first one's level expires.
 *
 * @param holder       a one-way digest of the person's email, as for {@link AttendanceFact}
 * @param completedIn  the UK month of the first report of it
 */
public record AccreditationFact(String trackId, int level, String holder, String organisationId,
        YearMonth completedIn, boolean held, LocalDate expiresOn, String eventId, Instant occurredAt)
        implements Fact {

    @Override
    public String key() {
        return "accreditation:" + organisationId + ":" + trackId + ":" + level + ":" + holder;
    }

    @Override
    public Contribution contribution() {
        return new Contribution(completedIn, Figures.NONE,
                held ? new Holding(holder, trackId + "/" + level, expiresOn) : null);
    }

    @Override
    public Fact updatedBy(Fact newer) {
        AccreditationFact report = (AccreditationFact) newer;
        return new AccreditationFact(trackId, level, holder, organisationId, completedIn, report.held,
                report.held ? report.expiresOn : expiresOn, report.eventId, report.occurredAt);
    }
}
