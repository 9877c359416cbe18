package uk.socialvalue.contracts;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EventTypesTests {

    @Test
    void everyTypeHasAUniqueVersionedWireName() {
        assertThat(EventTypes.all()).extracting(EventType::typeId).doesNotHaveDuplicates()
                .allMatch(typeId -> typeId.matches("[a-z]+\\.[A-Z][A-Za-z]+\\.v[0-9]+"));
    }

    @Test
    void everyEventIsARecordWithAnIdAndATimeNamedInThePastTense() {
        assertThat(EventTypes.all()).allSatisfy(type -> {
            Class<?> javaType = type.javaType();
            assertThat(javaType.isRecord()).as(javaType + " is a record").isTrue();
            assertThat(Arrays.stream(javaType.getRecordComponents()).map(RecordComponent::getName))
                    .contains("eventId", "occurredAt");
            assertThat(javaType.getSimpleName()).as("a fact: past tense, or something now due")
                    .matches(".*[a-z](ed|wn)([A-Z][a-z]+)*|.*Due").isEqualTo(type.name().substring(type.name().indexOf('.') + 1));
        });
    }

    @Test
    void findsATypeByItsWireNameAndItsRecord() {
        EventType activated = EventTypes.byTypeId("membership.MembershipActivated.v1").orElseThrow();

        assertThat(EventTypes.of(activated.javaType())).isEqualTo(activated);
        assertThat(activated.topic()).isEqualTo(Topics.MEMBERSHIP_ORGANISATIONS);
        assertThat(EventTypes.byTypeId("membership.MembershipActivated.v9")).isEmpty();
    }

    @Test
    void namesTheDeadLetterTopicOfAConsumerGroup() {
        assertThat(Topics.deadLetterTopic("membership.organisations", "training-service"))
                .isEqualTo("membership.organisations.training-service.dlt");
    }

    @Test
    void keepsTheRecordsFreeOfPersistenceAndFrameworkTypes() {
        assertThat(EventTypes.all()).allSatisfy(type -> assertThat(Arrays.stream(type.javaType().getRecordComponents())
                .map(component -> component.getType().getName()))
                .allMatch(name -> name.startsWith("java.") || name.startsWith("uk.socialvalue.contracts")
                        || name.equals("int") || name.equals("long") || name.equals("boolean")));
    }

    @Test
    void readsTheFirstVersionOfEventsWhoseLinksNowTravelSealedIntoTheCurrentRecord() {
        EventType old = EventTypes.byTypeId("membership.WorkingGroupInvitationIssued.v1").orElseThrow();

        assertThat(old.javaType()).isEqualTo(
                uk.socialvalue.contracts.workinggroup.WorkingGroupInvitationIssued.class);
        assertThat(EventTypes.of(old.javaType()).typeId()).as("published as the current version")
                .isEqualTo("membership.WorkingGroupInvitationIssued.v2");
        assertThat(EventTypes.byTypeId("membership.PasswordSetupRequested.v1")).isPresent();
    }
}
