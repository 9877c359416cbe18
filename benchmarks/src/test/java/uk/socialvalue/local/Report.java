package uk.socialvalue.local;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The figures of one run, each beside the ceiling it is read against and their ratio, written as
 * {@code REPORT.md} for people and {@code report.json} for tools.
 */
final class Report {

    /**
     * One figure.
     *
     * @param value    what was measured
     * @param ceiling  what it is read against, measured in the same run (or the target, when there is no ceiling)
     * @param ratio    value / ceiling
     * @param target   what the issue asks of the ratio or the value
     * @param met      whether it does
     */
    record Figure(String id, String what, double value, String unit, double ceiling, String ceilingIs, double ratio,
            String target, Boolean met) {
    }

    private final boolean full;
    private final List<Figure> figures = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Instant started = Instant.now();

    Report(boolean full) {
        this.full = full;
    }

    void add(String id, String what, double value, String unit, double ceiling, String ceilingIs, String target,
            Boolean met) {
        figures.add(new Figure(id, what, round(value), unit, round(ceiling), ceilingIs,
                ceiling == 0 || Double.isNaN(ceiling) ? Double.NaN : round(value / ceiling, 3), target, met));
    }

    /** A raw ceiling: its rate, and its p99 as a note. */
    void ceiling(String id, String what, Load.Result result) {
        add(id, what + " (p99 " + round(result.percentileMillis(99)) + " ms)", result.rate(), "req/s", Double.NaN,
                "a ceiling itself", "", null);
    }

    /** A load against a ceiling: rate / ceiling must reach {@code minimumRatio}, the rate {@code minimumRate}. */
    void figure(String id, String what, Load.Result result, double ceiling, double minimumRatio, double minimumRate) {
        double p99 = result.percentileMillis(99);
        boolean met = result.rate() / ceiling >= minimumRatio && result.rate() >= minimumRate && p99 < 250;
        add(id, what + " (p99 " + round(p99) + " ms, " + result.refused() + " refused)", result.rate(), "req/s",
                ceiling, "authenticated read in the same run",
                ">= " + minimumRatio + (minimumRate > 0 ? " and >= " + (int) minimumRate + "/s" : "")
                        + ", p99 < 250 ms", met);
    }

    /** A count that must be zero, such as seats oversold. */
    void check(String id, String what, long count) {
        add(id, what, count, "", 0, "must be 0", "0", count == 0);
    }

    void note(String note) {
        notes.add(note);
    }

    void write(Path folder) throws IOException {
        Files.createDirectories(folder);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("run", full ? "full" : "smoke");
        json.put("at", started.truncatedTo(ChronoUnit.SECONDS).toString());
        json.put("machine", machine());
        json.put("figures", figures);
        json.put("notes", notes);
        JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        replace(folder.resolve("report.json"), mapper.writeValueAsString(json));
        replace(folder.resolve("REPORT.md"), markdown());
    }

    /** Writes the file whole or not at all: a run stopped while writing leaves the last report as it was. */
    private static void replace(Path file, String content) throws IOException {
        Path written = file.resolveSibling(file.getFileName() + ".writing");
        Files.writeString(written, content);
        Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private String markdown() {
        StringBuilder md = new StringBuilder("# Benchmark report\n\n")
                .append("Run: **").append(full ? "full" : "smoke").append("**, ")
                .append(started.truncatedTo(ChronoUnit.SECONDS)).append(", ").append(machine()).append(".\n")
                .append("Written by `benchmarks/PerformanceSuiteTests` (see the README's Performance section); "
                        + "each figure beside the ceiling it is read against, measured in the same run on the "
                        + "same machine, and their ratio.\n\n")
                .append("| figure | measured | ceiling | ratio | target | met |\n")
                .append("| --- | --- | --- | --- | --- | --- |\n");
        for (Figure figure : figures) {
            md.append("| ").append(figure.what()).append(" | ").append(figure.value()).append(' ')
                    .append(figure.unit()).append(" | ")
                    .append(Double.isNaN(figure.ceiling()) ? "" : figure.ceiling() + " (" + figure.ceilingIs() + ")")
                    .append(" | ").append(Double.isNaN(figure.ratio()) ? "" : figure.ratio()).append(" | ")
                    .append(figure.target()).append(" | ")
                    .append(figure.met() == null ? "" : figure.met() ? "yes" : "**no**").append(" |\n");
        }
        md.append('\n');
        notes.forEach(note -> md.append("- ").append(note).append('\n'));
        return md.toString();
    }

    /** The machine a run measured, as the reports name it. */
    static String machine() {
        return Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
                + ", " + ManagementFactory.getOperatingSystemMXBean().getName();
    }

    static double round(double value) {
        return round(value, 1);
    }

    private static double round(double value, int decimals) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.NaN;
        }
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
