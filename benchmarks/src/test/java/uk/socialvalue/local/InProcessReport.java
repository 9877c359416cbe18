package uk.socialvalue.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.socialvalue.notification.delivery.sending.EmailBuildingBenchmarks;
import uk.socialvalue.support.security.TokenVerificationBenchmarks;
import uk.socialvalue.training.booking.BookingBenchmarks;

/**
 * The in-process figures of a full run as {@code IN-PROCESS.md}: each benchmark's score with its error, and what it
 * means beside the stack's own rate for the same work, read from the latest full report ({@code report.json}), so
 * that one core's rate for a part can be set against what the whole stack achieved.
 */
final class InProcessReport {

    /**
     * Each benchmark: what one operation is, and the figure of the stack's report it is read beside ({@code %s} in
     * what the stack did is that figure).
     */
    enum Measured {
        ACKNOWLEDGEMENT(EmailBuildingBenchmarks.class, "acknowledgement",
                "acknowledgements a core can render, build and encode per second", "email.backlog",
                "the stack drained a backlog of them at %s"),
        BOOKING_CONFIRMATION(EmailBuildingBenchmarks.class, "bookingConfirmationWithCalendar",
                "booking confirmations with their calendar entry a core can render, build and encode per second",
                "email.drain", "the stack drained the booking loads' emails at %s"),
        BOOKING_DECISION(BookingBenchmarks.class, "decides",
                "bookings the domain can decide per second on a core (checked, priced, made with their event)",
                "booking.hot", "the stack accepted %s on one hot session"),
        BOOKING_WRITE(BookingBenchmarks.class, "decidesAndPreparesTheWrite",
                "bookings a core can decide and turn into the document and outbox entry the store writes, per second",
                "booking.hot", "the stack accepted %s on one hot session"),
        NEW_TOKEN(TokenVerificationBenchmarks.class, "firstTime",
                "requests with a token not seen before a core can authenticate per second (RS256 signature, claims)",
                "ceiling.read", "the stack served authenticated reads at %s"),
        KNOWN_TOKEN(TokenVerificationBenchmarks.class, "cached",
                "requests with a token seen before a core can authenticate per second (claims only)",
                "ceiling.read", "the stack served authenticated reads at %s");

        private final String benchmark;
        private final String label;
        private final String means;
        private final String stackFigure;
        private final String stackDid;

        Measured(Class<?> benchmarks, String method, String means, String stackFigure, String stackDid) {
            this.benchmark = benchmarks.getName() + "." + method;
            this.label = benchmarks.getSimpleName() + "." + method;
            this.means = means;
            this.stackFigure = stackFigure;
            this.stackDid = stackDid;
        }

        /** The benchmark's full name, as JMH reports it. */
        String benchmark() {
            return benchmark;
        }

        static Optional<Measured> of(RunResult result) {
            return Arrays.stream(values()).filter(measured -> measured.benchmark.equals(benchmarkOf(result)))
                    .findFirst();
        }

        /** The benchmarks a run that includes {@code include} (a regular expression JMH finds in names) measures. */
        static Collection<String> includedBy(String include) {
            Pattern pattern = Pattern.compile(include);
            return Arrays.stream(values()).map(Measured::benchmark).filter(name -> pattern.matcher(name).find())
                    .toList();
        }
    }

    private final JsonNode stack;

    /** @param stackReport the stack's latest full report, {@code report.json}; without it, no stack figures */
    InProcessReport(Path stackReport) {
        this.stack = Files.exists(stackReport) ? JsonMapper.builder().build().readTree(stackReport.toFile()) : null;
    }

    static String benchmarkOf(RunResult result) {
        return result.getParams().getBenchmark();
    }

    void write(Collection<RunResult> results, Path file) throws IOException {
        BenchmarkParams run = results.iterator().next().getParams();
        StringBuilder md = new StringBuilder("# In-process benchmarks\n\n")
                .append(String.format(Locale.ROOT, "Run: **full** (JMH %s, %d fork, %d warm-up iterations of %s "
                        + "and %d measured of %s, %d thread), ", run.getJmhVersion(), run.getForks(),
                        run.getWarmup().getCount(), run.getWarmup().getTime(), run.getMeasurement().getCount(),
                        run.getMeasurement().getTime(), run.getThreads()))
                .append(Instant.now().truncatedTo(ChronoUnit.SECONDS)).append(", ").append(Report.machine())
                .append(".\nWritten by `benchmarks/InProcessBenchmarksTests`; the stack's figures are from its ")
                .append(stack == null ? "full report, which was not found" : "full report of " + stack.path("at")
                        .asString()).append(" (`report.json`), on all the machine's cores.\n\n")
                .append("| benchmark | parameter | score ± error (99.9%) | unit | what it means |\n")
                .append("| --- | --- | --- | --- | --- |\n");
        for (RunResult result : results) {
            Result<?> primary = result.getPrimaryResult();
            Measured measured = Measured.of(result).orElseThrow();
            String parameters = result.getParams().getParamsKeys().stream()
                    .map(key -> key + " = " + result.getParams().getParam(key)).collect(Collectors.joining(", "));
            md.append("| ").append(measured.label).append(" | ").append(parameters).append(" | ")
                    .append(String.format(Locale.ROOT, "%,.0f ± %,.0f", primary.getScore(), primary.getScoreError()))
                    .append(" | ").append(primary.getScoreUnit()).append(" | ").append(measured.means)
                    .append(stackFigure(measured)).append(" |\n");
        }
        Files.writeString(file, md.toString());
    }

    private String stackFigure(Measured measured) {
        if (stack == null) {
            return "";
        }
        for (JsonNode figure : stack.path("figures")) {
            if (measured.stackFigure.equals(figure.path("id").asString())) {
                String value = String.format(Locale.ROOT, "%,.1f %s", figure.path("value").asDouble(),
                        figure.path("unit").asString());
                return "; " + measured.stackDid.formatted(value) + " (`" + measured.stackFigure + "`)";
            }
        }
        return "";
    }
}
