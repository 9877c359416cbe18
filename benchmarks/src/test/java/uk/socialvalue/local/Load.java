package uk.socialvalue.local;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/**
 * A closed-loop load: {@code clients} threads each send a request, wait for its answer and send the next, for
 * a fixed time or number of requests. It records when each request ended and how long it took, which gives the
 * rate, the latency percentiles and the rate within any window of the run.
 */
final class Load {

    /** One request; returns whether the answer counts as accepted. */
    @FunctionalInterface
    interface Request {
        boolean send(long sequence) throws Exception;
    }

    /**
     * What a run measured.
     *
     * @param endsNanos  when each accepted request ended, in the order they ended, from the start of the run
     */
    record Result(long accepted, long refused, double seconds, long[] latenciesNanos, long[] endsNanos) {

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
    }

    private Load() {
    }

    /** Runs until {@code duration} has passed or {@code limit} requests were sent, whichever comes first. */
    static Result run(int clients, Duration duration, long limit, Request request) throws Exception {
        AtomicLong sequence = new AtomicLong();
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<List<long[]>>> workers = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                workers.add(pool.submit(() -> {
                    List<long[]> done = new ArrayList<>();
                    long next;
                    while (System.nanoTime() < deadline && (next = sequence.getAndIncrement()) < limit) {
                        long sent = System.nanoTime();
                        boolean accepted = request.send(next);
                        long ended = System.nanoTime();
                        done.add(new long[] {accepted ? 1 : 0, ended - sent, ended - start});
                    }
                    return done;
                }));
            }
            List<long[]> all = new ArrayList<>();
            for (Future<List<long[]>> worker : workers) {
                all.addAll(worker.get());
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long accepted = all.stream().filter(r -> r[0] == 1).count();
            return new Result(accepted, all.size() - accepted, seconds,
                    all.stream().filter(r -> r[0] == 1).mapToLong(r -> r[1]).toArray(),
                    all.stream().filter(r -> r[0] == 1).mapToLong(r -> r[2]).toArray());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Sends {@code count} requests one after another, each given its sequence. */
    static Result sequential(int count, LongFunction<Boolean> request) throws Exception {
        return run(1, Duration.ofHours(1), count, request::apply);
    }
}
