package uk.socialvalue.membership.engagement;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import uk.socialvalue.support.domain.Aggregate;
import uk.socialvalue.support.domain.ConcurrentUpdate;
import uk.socialvalue.support.domain.Retry;
import uk.socialvalue.support.domain.RetryPolicy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.socialvalue.membership.engagement.EngagementEvents.booking;
import static uk.socialvalue.membership.engagement.EngagementEvents.confirmed;
import static uk.socialvalue.membership.engagement.EngagementEvents.session;

/**
 * The projection's two writes, a fact and then its organisation, with the store failing in between: what a
 * crash of the service between them leaves behind, made good when the record is delivered again; and a write
 * that loses the race for its organisation, worked out again.
 */
class EngagementProjectionTests {

    static final Instant NOW = Instant.parse("2025-07-15T10:00:00Z");

    InMemoryFacts facts = new InMemoryFacts();
    FailingOrganisations organisations = new FailingOrganisations();
    EngagementProjection projection = new EngagementProjection(facts, organisations, new NoCouncils(),
            new Retry(new RetryPolicy(3, Duration.ZERO, Duration.ZERO, 0, Duration.ofSeconds(1))),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void countsTheChangeWhenTheRecordIsRedeliveredAfterACrashBetweenTheTwoWrites() {
        var event = confirmed(session(NOW), booking("org", "ada@council.example"), NOW);
        Source record = new Source("training.sessions", 1, 41);
        organisations.failNextSave = true;

        assertThatThrownBy(() -> projection.on(event, record)).isInstanceOf(IllegalStateException.class);
        assertThat(facts.stored).hasSize(1);
        assertThat(bookings()).isZero();

        projection.on(event, record);
        projection.on(event, record);

        assertThat(bookings()).isEqualTo(1);
    }

    @Test
    void countsTheChangeOnceWhenTheSameEventArrivesAgainInAnotherRecordAfterTheCrash() {
        var event = confirmed(session(NOW), booking("org", "ada@council.example"), NOW);
        organisations.failNextSave = true;
        assertThatThrownBy(() -> projection.on(event, new Source("training.sessions", 1, 41)))
                .isInstanceOf(IllegalStateException.class);

        projection.on(event, new Source("training.sessions", 1, 97));
        projection.on(event, new Source("training.sessions", 1, 98));

        assertThat(bookings()).isEqualTo(1);
    }

    @Test
    void countsBothBookingsWhenAnotherWriterStoresTheOrganisationFirst() {
        var mine = confirmed(session(NOW), booking("org", "ada@council.example"), NOW);
        var theirs = confirmed(session(NOW), booking("org", "bob@council.example"), NOW);
        organisations.beforeNextWrite = () -> projection.on(theirs, new Source("training.sessions", 2, 7));

        projection.on(mine, new Source("training.sessions", 1, 41));

        assertThat(bookings()).isEqualTo(2);
        assertThat(organisations.stored.get("org").version()).isEqualTo(1);
    }

    private int bookings() {
        return organisations.byId("org").map(o -> o.record().months().getOrDefault(YearMonth.of(2025, 7),
                Figures.NONE).bookings()).orElse(0);
    }

    /** Stores as the shared core does: a new one once, a change only over the version it was loaded at. */
    abstract static class InMemory<A extends Aggregate> {

        final Map<String, A> stored = new HashMap<>();

        public Optional<A> byId(String id) {
            return Optional.ofNullable(stored.get(id)).map(found -> at(found, found.version()));
        }

        public void add(A aggregate) {
            if (stored.putIfAbsent(aggregate.id(), at(aggregate, aggregate.version())) != null) {
                throw new ConcurrentUpdate("Test", aggregate.id());
            }
        }

        public void save(A aggregate) {
            A current = stored.get(aggregate.id());
            if (current == null || current.version() != aggregate.version()) {
                throw new ConcurrentUpdate("Test", aggregate.id());
            }
            stored.put(aggregate.id(), at(aggregate, aggregate.version() + 1));
        }

        /** A copy of the aggregate at the version. */
        abstract A at(A aggregate, long version);
    }

    static final class InMemoryFacts extends InMemory<RecordedFact> implements Facts {

        @Override
        RecordedFact at(RecordedFact fact, long version) {
            return new RecordedFact(fact.current(), fact.previous(), fact.source(), version);
        }
    }

    /** Organisations that fail the next write when asked, as a store that went away, or lose it to a rival. */
    static final class FailingOrganisations extends InMemory<OrganisationEngagement>
            implements OrganisationEngagements {

        boolean failNextSave;
        Runnable beforeNextWrite = () -> { };

        @Override
        public void add(OrganisationEngagement organisation) {
            beforeWrite();
            super.add(organisation);
        }

        @Override
        public void save(OrganisationEngagement organisation) {
            beforeWrite();
            super.save(organisation);
        }

        @Override
        OrganisationEngagement at(OrganisationEngagement organisation, long version) {
            return OrganisationEngagement.restore(organisation.record(), organisation.offsets(), version);
        }

        private void beforeWrite() {
            Runnable rival = beforeNextWrite;
            beforeNextWrite = () -> { };
            rival.run();
            if (failNextSave) {
                failNextSave = false;
                throw new IllegalStateException("The store went away");
            }
        }

        @Override
        public List<OrganisationRecord> records(Collection<String> ids, Collection<YearMonth> months,
                boolean withCourses) {
            return ids.stream().filter(stored::containsKey).map(id -> stored.get(id).record()).toList();
        }

        @Override
        public Optional<String> gssCodeOf(String organisationId) {
            return Optional.empty();
        }
    }

    static final class NoCouncils implements CouncilOrganisations {

        @Override
        public void link(String gssCode, String organisationId) {
        }

        @Override
        public Map<String, List<String>> organisationsOf(Collection<String> gssCodes) {
            return Map.of();
        }
    }
}
