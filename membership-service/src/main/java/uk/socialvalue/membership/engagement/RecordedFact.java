package uk.socialvalue.membership.engagement;

import uk.socialvalue.support.domain.Aggregate;

/**
 * A fact as stored, with the state it had before the last change and the record that made that change, so
 * that the change can be counted again if the record is redelivered before its organisation counted it.
 *
 * @param previous  the state before the last change, or {@code null} if the last change created the fact
 * @param version   the version it was loaded at, for optimistic concurrency; zero for one not stored yet
 */
public record RecordedFact(Fact current, Fact previous, Source source, long version) implements Aggregate {

    public static RecordedFact first(Fact fact, Source source) {
        return new RecordedFact(fact, null, source, 0);
    }

    /** Its key among all facts. */
    @Override
    public String id() {
        return current.key();
    }

    /** The fact after a report of it: changed if the report is newer than what is known, else this one. */
    public RecordedFact after(Fact report, Source from) {
        if (!report.isNewerThan(current)) {
            return this;
        }
        return new RecordedFact(current.updatedBy(report), current, from, version);
    }

    /** The last change, for the organisation's figures. */
    public FactChange change() {
        return new FactChange(current.organisationId(), previous == null ? null : previous.contribution(),
                current.contribution(), source);
    }
}
