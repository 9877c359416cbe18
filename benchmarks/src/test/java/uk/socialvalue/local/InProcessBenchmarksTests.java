package uk.socialvalue.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13's in-process parts, measured with JMH: the CPU one core spends on each unit of work behind the two
 * rate targets the stack misses, apart from the store and the network. Building an email (templates, MIME message,
 * encoding) bounds the emails a sender drains per second; a booking's decision and the writes it prepares, and the
 * check of the request's token, are a booking request's own work. Each figure is read beside the stack's rate for
 * the same work in the latest full report (see README.md).
 * <p>
 * {@code -Dbenchmark=smoke} (the default, part of {@code ./mvnw verify}) runs each benchmark in this JVM for one
 * warm-up and one measured second, to show that it runs and scores, and writes JMH's results to
 * {@code target/jmh.json}; {@code -Dbenchmark=full} runs each in a forked JVM, 3 warm-up iterations of 5 s and
 * 5 measured ones of 2 s, and adds {@code target/IN-PROCESS.md}. {@code -Dbenchmark.jmh=EmailBuilding} (a regular
 * expression JMH finds in the benchmarks' names) runs some of them.
 */
class InProcessBenchmarksTests {

    private static final boolean FULL = "full".equals(System.getProperty("benchmark"));
    private static final String INCLUDE = System.getProperty("benchmark.jmh", "Benchmarks");

    @Test
    void measuresEachInProcessPartAndEveryOneScores() throws Exception {
        Path folder = Path.of(System.getProperty("benchmark.report", "."));
        Path target = Files.createDirectories(folder.resolve("target"));
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(INCLUDE)
                .shouldFailOnError(true)
                .resultFormat(ResultFormatType.JSON)
                .result(target.resolve("jmh.json").toString());
        if (FULL) {
            // A fork of its own per benchmark, so one benchmark's profile does not shape the JIT's code for the next.
            // Five-second warm-ups: building a booking confirmation (ical4j, Thymeleaf, Jakarta Mail) is still
            // getting faster after ten seconds.
            options.forks(1).warmupIterations(3).warmupTime(TimeValue.seconds(5))
                    .measurementIterations(5).measurementTime(TimeValue.seconds(2));
        } else {
            // A smoke run shows each benchmark runs and scores, so a quarter of a second each without a warm-up;
            // the booking's decision at one size only, where the full run compares the sizes.
            options.forks(0).warmupIterations(0).measurementIterations(1)
                    .measurementTime(TimeValue.milliseconds(250)).param("bookingsHeld", "5000");
        }

        Collection<RunResult> results = new Runner(options.build()).run();

        assertThat(results).extracting(InProcessReport::benchmarkOf)
                .hasSameElementsAs(InProcessReport.Measured.includedBy(INCLUDE));
        assertThat(results).allSatisfy(result -> assertThat(result.getPrimaryResult().getScore())
                .as(InProcessReport.benchmarkOf(result)).isPositive().isFinite());
        if (FULL) {
            new InProcessReport(folder.resolve("report.json")).write(results, target.resolve("IN-PROCESS.md"));
        }
    }
}
