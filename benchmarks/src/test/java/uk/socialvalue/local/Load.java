package uk.socialvalue.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import java.util.function.IntPredicate;

import io.gatling.app.Gatling$;

/**
 * An HTTP load, driven by Gatling ({@link HttpLoad}): {@code clients} virtual users in a closed loop for a fixed
 * time or number of requests. It records when each answer came and how long it took, which gives the rate,
 * the latency percentiles and the rate within any window of the run, and counts the answers' JSON
 * {@code status} values (a booking's {@code CONFIRMED} or {@code WAITLISTED}).
 */
final class Load {

    /**
     * One request: a GET when {@code body} is null, else a POST of the JSON it gives.
     *
     * @param path      the path of request number {@code n}, from 0
     * @param body      its JSON body, or {@code null} for a GET
     * @param token     the bearer token, or {@code null}
     * @param accepted  which HTTP statuses count as accepted
     */
    record Request(LongFunction<String> path, LongFunction<String> body, String token, IntPredicate accepted) {

        static Request get(LongFunction<String> path, String token) {
            return new Request(path, null, token, status -> status == 200);
        }

        static Request post(LongFunction<String> path, LongFunction<String> body, String token) {
            return new Request(path, body, token, status -> status == 201);
        }
    }

    /**
     * What a run measured.
     *
     * @param endsNanos  when each accepted request ended, from the start of the run
     * @param outcomes   how many accepted answers carried each JSON {@code status} value
     */
    record Result(long accepted, long refused, double seconds, long[] latenciesNanos, long[] endsNanos,
            Map<String, Long> outcomes) {

        double rate() {
            return accepted / seconds;
        }

        double percentileMillis(double percentile) {
            if (latenciesNanos.length == 0) {
                return Double.NaN;
            }
            long[] sorted = latenciesNanos.clone();
            Arrays.sort(sorted);
            int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
        }

        /** The rate of accepted requests number {@code from} to {@code to} (counted from 0) of the run. */
        double rateBetween(int from, int to) {
            long[] ends = endsNanos.clone();
            Arrays.sort(ends);
            if (to >= ends.length || from >= to) {
                return Double.NaN;
            }
            return (to - from) / ((ends[to] - ends[from]) / 1e9);
        }

        long outcome(String status) {
            return outcomes.getOrDefault(status, 0L);
        }
    }

    /** One run in progress, as {@link HttpLoad} drives it. */
    static final class Run {

        private final String name;
        private final String baseUrl;
        private final int clients;
        private final Request request;
        private final long limit;
        private final long start = System.nanoTime();
        private final long deadline;
        private final AtomicLong sequence = new AtomicLong();
        private final List<long[]> done = new ArrayList<>();
        private final Map<String, Long> outcomes = new ConcurrentHashMap<>();

        Run(String name, String baseUrl, int clients, Duration duration, long limit, Request request) {
            this.name = name;
            this.baseUrl = baseUrl;
            this.clients = clients;
            this.request = request;
            this.limit = limit;
            this.deadline = start + duration.toNanos();
        }

        String name() {
            return name;
        }

        String baseUrl() {
            return baseUrl;
        }

        int clients() {
            return clients;
        }

        Request request() {
            return request;
        }

        boolean more() {
            return System.nanoTime() < deadline && sequence.get() < limit;
        }

        long next() {
            return sequence.getAndIncrement();
        }

        void record(int status, int millis, String outcome) {
            boolean accepted = request.accepted().test(status);
            long ended = System.nanoTime() - start;
            synchronized (done) {
                done.add(new long[] {accepted ? 1 : 0, millis * 1_000_000L, ended});
            }
            if (accepted && outcome != null) {
                outcomes.merge(outcome, 1L, Long::sum);
            }
        }

        Result result() {
            double seconds = (System.nanoTime() - start) / 1e9;
            synchronized (done) {
                long accepted = done.stream().filter(r -> r[0] == 1).count();
                return new Result(accepted, done.size() - accepted, seconds,
                        done.stream().filter(r -> r[0] == 1).mapToLong(r -> r[1]).toArray(),
                        done.stream().filter(r -> r[0] == 1).mapToLong(r -> r[2]).toArray(), Map.copyOf(outcomes));
            }
        }
    }

    private Load() {
    }

    /**
     * Runs Gatling until {@code duration} has passed or {@code limit} requests were sent, whichever comes first.
     *
     * @param results  where Gatling writes its own results (and, with {@code reports}, its HTML report)
     */
    static Result run(String name, String baseUrl, int clients, Duration duration, long limit, Request request,
            Path results, boolean reports) {
        Run run = new Run(name, baseUrl, clients, duration, limit, request);
        HttpLoad.current = run;
        List<String> args = new ArrayList<>(List.of("--simulation", HttpLoad.class.getName(), "--results-folder",
                results.toAbsolutePath().toString(), "--run-description", name));
        if (!reports) {
            args.add("--no-reports");
        }
        int exit = Gatling$.MODULE$.fromArgs(args.toArray(String[]::new));
        if (exit != 0 && exit != 2) { // 2: assertions failed, which this suite does not use
            throw new IllegalStateException("Gatling ended with " + exit + " for " + name);
        }
        return run.result();
    }
}
