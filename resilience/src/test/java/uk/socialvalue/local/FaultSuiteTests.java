package uk.socialvalue.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fault suite: the local stack as separate processes ({@code ./run-local.sh}'s, one instance of each
 * service), broken in turn while work is in flight. Every accepted booking gets exactly one confirmation email,
 * every application its email, and at the end the dead-letter topics hold the poison records and nothing else.
 * Not part of {@code ./mvnw verify} ({@link ShortFaultSuiteTests} is): run it with {@code ./fault-suite.sh},
 * which also writes its table into the README.
 */
@EndToEndTest
@Tag("fault-suite")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultSuiteTests {

    /** Set to {@code update} to write the table into the README's section on faults. */
    static final String README = "svuk.faults.readme";
    static final String TABLE_START = "<!-- fault-suite:start -->";
    static final String TABLE_END = "<!-- fault-suite:end -->";

    static final int STORM = 40;
    static final int BURST = 24;
    static final Duration OVER = Duration.ofSeconds(20);
    static final List<Faults.Outcome> OUTCOMES = new ArrayList<>();
    static Path repository;

    @Test
    @Order(1)
    void killsEachServiceInTurnDuringABookingStorm(TestPlatform platform) {
        repository = platform.repository();
        killEachInTurn(platform, Workload.Kind.BOOKING_STORM, STORM,
                List.of("training-service", "notification-service", "membership-service"));
    }

    @Test
    @Order(2)
    void killsEachServiceInTurnDuringAnEmailBurst(TestPlatform platform) {
        killEachInTurn(platform, Workload.Kind.EMAIL_BURST, BURST,
                List.of("membership-service", "notification-service", "training-service"));
    }

    /** Every kill is tried and goes into the table before any is checked. */
    private static void killEachInTurn(TestPlatform platform, Workload.Kind kind, int size, List<String> services) {
        List<Faults.Outcome> outcomes = new ArrayList<>();
        for (String service : services) {
            outcomes.add(record(new Faults(platform).killDuring(service, 1, kind, size, OVER)));
        }
        outcomes.forEach(Faults.Outcome::assertNothingLostOrDuplicated);
    }

    @Test
    @Order(3)
    void waitsOutKafkaDownForThirtySeconds(TestPlatform platform) {
        record(new Faults(platform).kafkaDownDuring(Duration.ofSeconds(30), Workload.Kind.BOOKING_STORM,
                STORM, OVER).assertNothingLostOrDuplicated());
    }

    @Test
    @Order(4)
    void waitsOutAnSmtpServerRefusingConnectionsForTwoMinutes(TestPlatform platform) {
        record(new Faults(platform).smtpRefusingDuring(Duration.ofMinutes(2), Workload.Kind.EMAIL_BURST,
                BURST, OVER).assertNothingLostOrDuplicated());
    }

    @Test
    @Order(5)
    void carriesOnAfterTheStoreRestarts(TestPlatform platform) {
        record(new Faults(platform).storeRestartedDuring(Workload.Kind.BOOKING_STORM, STORM, OVER)
                .assertNothingLostOrDuplicated());
    }

    @Test
    @Order(6)
    void deadLettersOnlyThePoisonRecords(TestPlatform platform) {
        Faults faults = new Faults(platform);
        record(faults.poisonOnEachTopic(Workload.Kind.BOOKING_STORM, 10, Duration.ofSeconds(5))
                .assertNothingLostOrDuplicated());

        assertThat(faults.deadLetters().others()).as("dead letters besides the poison records").isEmpty();
    }

    /** Each outcome goes into the table, whether its checks pass or not. */
    private static Faults.Outcome record(Faults.Outcome outcome) {
        OUTCOMES.add(outcome);
        return outcome;
    }

    @AfterAll
    static void writeTheTable() {
        String table = String.join(System.lineSeparator(), table());
        System.out.println(table);
        if ("update".equals(System.getProperty(README)) && repository != null) {
            Path readme = repository.resolve("README.md");
            try {
                String text = Files.readString(readme);
                int start = text.indexOf(TABLE_START);
                int end = text.indexOf(TABLE_END);
                if (start < 0 || end < start) {
                    throw new IllegalStateException("README.md has no " + TABLE_START + " ... " + TABLE_END);
                }
                Files.writeString(readme, text.substring(0, start + TABLE_START.length()) + System.lineSeparator()
                        + table + System.lineSeparator() + text.substring(end));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static List<String> table() {
        List<String> lines = new ArrayList<>();
        lines.add("| fault | work in flight | events lost | emails lost | duplicates | recovery | 5xx after recovery |");
        lines.add("| --- | --- | --- | --- | --- | --- | --- |");
        OUTCOMES.forEach(outcome -> lines.add(outcome.tableRow()));
        return lines;
    }
}
