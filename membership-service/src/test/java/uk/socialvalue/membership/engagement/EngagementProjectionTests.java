package uk.socialvalue.membership.engagement;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.socialvalue.membership.engagement.EngagementEvents.booking;
import static uk.socialvalue.membership.engagement.EngagementEvents.confirmed;
import static uk.socialvalue.membership.engagement.EngagementEvents.session;

/**
 * The projection's two writes, a fact and then its organisation, with the store failing in between: what a
 * crash of the service between them leaves behind, made good when the record is delivered again.
 */
class EngagementProjectionTests {

    static final Instant NOW = Instant.parse("2025-07-15T10:00:00Z");

    InMemoryFacts facts = new InMemoryFacts();
    FailingOrganisations organisations = new FailingOrganisations();
    EngagementProjection projection = new EngagementProjection(facts, organisations, new NoCouncils(),
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

    private int bookings() {
        return organisations.byId("org").map(o -> o.record().months().getOrDefault(YearMonth.of(2025, 7),
                Figures.NONE).bookings()).orElse(0);
    }

    static final class InMemoryFacts implements Facts {

        final Map<String, RecordedFact> stored = new HashMap<>();

        @Override
        public Optional<RecordedFact> byKey(String key) {
            return Optional.ofNullable(stored.get(key));
        }

        @Override
        public boolean save(RecordedFact fact) {
            RecordedFact current = stored.get(fact.current().key());
            if ((current == null && fact.version() != 1)
                    || (current != null && current.version() != fact.version() - 1)) {
                return false;
            }
            stored.put(fact.current().key(), fact);
            return true;
        }
    }

    static final class FailingOrganisations implements OrganisationEngagements {

        final Map<String, OrganisationEngagement> stored = new HashMap<>();
        boolean failNextSave;

        @Override
        public Optional<OrganisationEngagement> byId(String id) {
            return Optional.ofNullable(stored.get(id)).map(o -> OrganisationEngagement.restore(o.record(), o.offsets(),
                    o.version()));
        }

        @Override
        public boolean save(OrganisationEngagement organisation) {
            if (failNextSave) {
                failNextSave = false;
                throw new IllegalStateException("The store went away");
            }
            OrganisationEngagement current = stored.get(organisation.id());
            if (current != null && current.version() != organisation.version()) {
                return false;
            }
            stored.put(organisation.id(), OrganisationEngagement.restore(organisation.record(), organisation.offsets(),
                    organisation.version() + 1));
            return true;
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
