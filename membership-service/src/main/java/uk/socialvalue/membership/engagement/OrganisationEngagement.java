package uk.socialvalue.membership.engagement;

import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import uk.socialvalue.support.domain.Aggregate;

/**
 * One organisation's engagement, kept up to date from events: its identity and membership, and its figures
 * by UK month. It is keyed by organisation id rather than by council because training and working-group
 * events name only the organisation: they count here whether or not the membership event that tells the
 * council has arrived yet.
 * <p>
 * Counting is exactly once. A fact's change is counted only if its source record is past the highest offset
 * already counted from that record's partition; a membership event is applied only if it is newer than the
 * newest applied. Months before the oldest month kept are forgotten, so the document stays small.
 */
public final class OrganisationEngagement implements Aggregate {

    private final String id;
    private Identity identity;
    private Membership membership;
    private final TreeMap<YearMonth, Figures> months;
    /** Accreditation levels held through it, by {@link Holding#key()}. */
    private final TreeMap<String, Holding> holdings = new TreeMap<>();
    private final Map<String, Long> offsets;
    private final long version;

    private OrganisationEngagement(String id, Identity identity, Membership membership,
            Map<YearMonth, Figures> months, List<Holding> holdings, Map<String, Long> offsets, long version) {
        this.id = id;
        this.identity = identity;
        this.membership = membership;
        this.months = new TreeMap<>(months);
        holdings.forEach(holding -> this.holdings.put(holding.key(), holding));
        this.offsets = new HashMap<>(offsets);
        this.version = version;
    }

    /** An organisation no event has been counted for yet. */
    public static OrganisationEngagement unknown(String id) {
        return new OrganisationEngagement(id, null, null, Map.of(), List.of(), Map.of(), 0);
    }

    public static OrganisationEngagement restore(OrganisationRecord record, Map<String, Long> offsets, long version) {
        return new OrganisationEngagement(record.id(), record.identity(), record.membership(), record.months(),
                record.holdings(), offsets, version);
    }

    /** Learns who the organisation is, if it did not know; returns whether that changed anything. */
    public boolean identify(Identity named) {
        if (named == null || named.equals(identity)) {
            return false;
        }
        identity = named;
        return true;
    }

    /** Counts a fact's change, unless its source record was counted already; returns whether it counted it. */
    public boolean count(FactChange change) {
        if (counted(change.source())) {
            return false;
        }
        if (change.before() != null) {
            add(change.before().month(), change.before().figures().negated());
            if (change.before().holding() != null) {
                holdings.remove(change.before().holding().key());
            }
        }
        add(change.after().month(), change.after().figures());
        if (change.after().holding() != null) {
            holdings.put(change.after().holding().key(), change.after().holding());
        }
        remember(change.source());
        return true;
    }

    /** Applies a membership event if it is newer than the newest applied; returns whether anything changed. */
    public boolean membership(MembershipUpdate update, Source source) {
        if (counted(source)) {
            return false;
        }
        boolean changed = identify(update.identity());
        if (isNewer(update)) {
            membership = next(membership, update);
            YearMonth month = Window.monthOf(update.occurredAt());
            switch (update.milestone()) {
                case ACTIVATED -> add(month, Figures.joined());
                case RENEWED -> add(month, Figures.renewed());
                case LAPSED -> add(month, Figures.lapsed());
                default -> { }
            }
            changed = true;
        }
        if (changed) {
            remember(source);
        }
        return changed;
    }

    /** Forgets the figures of months before the given one, and levels that expired before it began. */
    public void forgetBefore(YearMonth oldest) {
        months.headMap(oldest).clear();
        holdings.values().removeIf(holding -> !holding.isValidOn(oldest.atDay(1)));
    }

    @Override
    public String id() {
        return id;
    }

    /** Its state as stored and read. */
    public OrganisationRecord record() {
        return new OrganisationRecord(id, identity, membership, months, List.copyOf(holdings.values()));
    }

    /** The highest offset counted from each partition ({@code topic/partition}). */
    public Map<String, Long> offsets() {
        return Map.copyOf(offsets);
    }

    /** The version it was loaded at; zero for one not stored yet. */
    @Override
    public long version() {
        return version;
    }

    private boolean isNewer(MembershipUpdate update) {
        if (membership == null) {
            return true;
        }
        int byTime = update.occurredAt().compareTo(membership.changedAt());
        return byTime > 0 || (byTime == 0 && update.eventId().compareTo(membership.changedBy()) > 0);
    }

    private static Membership next(Membership current, MembershipUpdate update) {
        Instant at = update.occurredAt();
        Membership base = current != null ? current
                : new Membership(update.status(), at, update.eventId(), null, null, null, null, 0, 0);
        Instant appliedAt = base.appliedAt();
        var memberSince = base.memberSince();
        Instant memberFrom = base.memberFrom();
        Instant memberUntil = base.memberUntil();
        int renewals = base.renewals();
        int lapses = base.lapses();
        switch (update.milestone()) {
            case APPLIED -> appliedAt = at;
            case ACTIVATED -> {
                memberSince = update.startsOn();
                memberFrom = at;
                memberUntil = null;
            }
            case RENEWED -> renewals++;
            case LAPSED -> {
                lapses++;
                memberUntil = at;
            }
            case CANCELLED -> memberUntil = memberFrom != null && memberUntil == null ? at : memberUntil;
            default -> { }
        }
        return new Membership(update.status(), at, update.eventId(), appliedAt, memberSince, memberFrom, memberUntil,
                renewals, lapses);
    }

    private void add(YearMonth month, Figures figures) {
        Figures sum = months.getOrDefault(month, Figures.NONE).plus(figures);
        if (sum.isEmpty()) {
            months.remove(month);
        } else {
            months.put(month, sum);
        }
    }

    private boolean counted(Source source) {
        Long highest = offsets.get(source.partitionKey());
        return highest != null && highest >= source.offset();
    }

    private void remember(Source source) {
        offsets.merge(source.partitionKey(), source.offset(), Math::max);
    }
}
