package uk.socialvalue.local;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The short version of the fault suite ({@link FaultSuiteTests}) that every build runs, on the platform with two
 * instances of each service: one notification-service instance killed outright during an email burst, and a
 * poison record on each topic.
 */
@EndToEndTest
class ShortFaultSuiteTests {

    @Test
    void sendsEveryEmailOnceWhenANotificationServiceInstanceIsKilledDuringABurst(TestPlatform platform) {
        new Faults(platform).killDuring("notification-service", 1, Workload.Kind.EMAIL_BURST, 12,
                Duration.ofSeconds(6)).assertNothingLostOrDuplicated();
    }

    @Test
    void deadLettersThePoisonRecordOfEachTopicAndNothingElse(TestPlatform platform) {
        Faults faults = new Faults(platform);

        faults.poisonOnEachTopic(Workload.Kind.BOOKING_STORM, 6, Duration.ofSeconds(3))
                .assertNothingLostOrDuplicated();

        assertThat(faults.deadLetters().others()).as("dead letters besides the poison records").isEmpty();
    }
}
