package uk.socialvalue.support.invoicing;

import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongFunction;

/**
 * Numbers documents without gaps, per series ("TRN-2026-27", "MEM-2026-27"). A number is claimed by inserting the
 * document that holds it, with its event, in one write; the number is the document's unique key. A writer tries
 * the number after the highest one recorded for the series, and the next one whenever its number is taken, so a
 * number exists only together with its document: nothing can claim a number and then fail to use it, whatever
 * fails when, and numbers follow each other on any number of instances. Within an instance the writers of a
 * series take turns, so they do not collide.
 */
public final class GapFreeNumbering {

    /** Where a series' highest number reached is kept: a hint, since higher ones may exist. */
    public interface Counters {

        /** The highest number known to have been taken in the series; 0 if none. */
        long lastNumber(String series);

        /** Records that the series has reached this number, if it is higher than what is recorded. */
        void reached(String series, long number);
    }

    /** What became of one attempt to store a document under a number. */
    public enum Claim {
        /** Stored: the number is its own. */
        STORED,
        /** Another document holds the number: nothing was stored. */
        NUMBER_TAKEN,
        /** What it is for has its document already: nothing was stored. */
        ALREADY_ISSUED
    }

    private final Counters counters;
    private final Map<String, ReentrantLock> turns = new ConcurrentHashMap<>();

    public GapFreeNumbering(Counters counters) {
        this.counters = counters;
    }

    /**
     * Stores a document under the next free number of the series.
     *
     * @param attempt  stores the document numbered as given ({@link #number}) and says what became of it
     * @return the number it was stored under, or empty when it had its document already
     */
    public OptionalLong issue(String series, LongFunction<Claim> attempt) {
        ReentrantLock turn = turns.computeIfAbsent(series, name -> new ReentrantLock());
        turn.lock();
        try {
            for (long next = counters.lastNumber(series) + 1; ; next++) {
                switch (attempt.apply(next)) {
                    case STORED -> {
                        counters.reached(series, next);
                        return OptionalLong.of(next);
                    }
                    case ALREADY_ISSUED -> {
                        return OptionalLong.empty();
                    }
                    case NUMBER_TAKEN -> {
                        // Another instance took it: the next one.
                    }
                }
            }
        } finally {
            turn.unlock();
        }
    }

    /** A number of a series, six digits: "TRN-2026-27-000042". */
    public static String number(String series, long sequence) {
        return series + "-" + String.format("%06d", sequence);
    }

    /** The series of a prefix in a financial year: "MEM-2026-27". */
    public static String series(String prefix, FinancialYear year) {
        return prefix + "-" + year.label();
    }
}
