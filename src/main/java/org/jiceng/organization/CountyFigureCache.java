package org.jiceng.organization;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.jiceng.shared.Audited;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps computed figures (training dashboards, meeting compliance, pay rates…) of counties and the orgs below them
 * until something in that county is written; a province's or a city's figures add up its counties' ({@link #countiesUnder}).
 * Every write is audited ({@link Audited}, carrying the org it concerns); once such a write has committed, the
 * county's generation moves on and the county's dashboards are computed afresh. A dashboard is stored with the
 * generation read before computing it, so one computed while a write was committing is never served after it.
 * Writes of no org, or above the counties, drop everything. Entries also expire after {@link #TTL} and with the day
 * (meeting periods fall due by date). Callers check the user's scope before asking: a dashboard of an org in scope
 * is the same for every officer who may see it.
 */
@Component
public class CountyFigureCache {

    static final Duration TTL = Duration.ofMinutes(5);
    private static final int MAX_ENTRIES = 5_000;

    private final OrgTree tree;
    private final Clock clock;
    private final Map<Long, AtomicLong> generations = new ConcurrentHashMap<>();
    private final AtomicLong everything = new AtomicLong();
    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
    private final Map<Key, Object> computing = new ConcurrentHashMap<>();

    CountyFigureCache(OrgTree tree, Clock clock) {
        this.clock = clock;
        this.tree = tree;
    }

    private record Key(String kind, long orgId, int year, LocalDate today) {
    }

    private record Entry(long county, long generation, long everything, Instant at, Object value) {
    }

    /** A figure of a kind (the dashboard, meeting compliance…) for an org and year, computed when not kept. */
    public <T> T get(String kind, long orgId, int year, Supplier<T> compute) {
        return get(kind, orgId, countyOf(orgId), year, compute);
    }

    /**
     * The same for an org already read: a county is its own county, without reading its path (a province's figures
     * ask for each of its counties).
     */
    public <T> T get(String kind, OrgSummary org, int year, Supplier<T> compute) {
        return get(kind, org.id(), org.type() == OrgType.COUNTY ? Optional.of(org.id()) : countyOf(org.id()), year,
                compute);
    }

    @SuppressWarnings("unchecked")
    private <T> T get(String kind, long orgId, Optional<Long> county, int year, Supplier<T> compute) {
        if (county.isEmpty()) {
            return compute.get();
        }
        Key key = new Key(kind, orgId, year, LocalDate.now(clock));
        T kept = kept(key, county.get());
        if (kept != null) {
            return kept;
        }
        // One computation per figure at a time: users who ask while it is computed wait for it rather than repeat it
        // (a province's dashboard asks for all its counties at once, often for several users together).
        Object lock = computing.computeIfAbsent(key, k -> new Object());
        try {
            synchronized (lock) {
                kept = kept(key, county.get());
                if (kept != null) {
                    return kept;
                }
                long generation = generation(county.get()).get();
                long all = everything.get();
                T value = compute.get();
                if (entries.size() >= MAX_ENTRIES) {
                    entries.clear();
                }
                entries.put(key, new Entry(county.get(), generation, all, Instant.now(), value));
                return value;
            }
        } finally {
            computing.remove(key, lock);
        }
    }

    @SuppressWarnings("unchecked")
    private <T> T kept(Key key, long county) {
        Entry entry = entries.get(key);
        return entry != null && entry.generation() == generation(county).get() && entry.everything() == everything.get()
                && entry.at().plus(TTL).isAfter(Instant.now()) ? (T) entry.value() : null;
    }

    /** After a write commits: the dashboards of its county (or all, for a write of no county) are stale. */
    @TransactionalEventListener(fallbackExecution = true)
    void written(Audited event) {
        Optional<Long> county = event.orgId() == null ? Optional.empty() : countyOf(event.orgId());
        if (county.isPresent()) {
            generation(county.get()).incrementAndGet();
        } else {
            everything.incrementAndGet();
        }
    }

    private AtomicLong generation(long county) {
        return generations.computeIfAbsent(county, c -> new AtomicLong());
    }

    /**
     * The counties under a province or a city, in the tree's order (each county's figures are kept per county); the
     * cities passed on the way are added to {@code above} when it is given.
     */
    public List<OrgSummary> countiesUnder(long orgId, List<Long> above) {
        List<OrgSummary> counties = new java.util.ArrayList<>();
        for (OrgSummary child : tree.children(orgId)) {
            if (child.type() == OrgType.COUNTY) {
                counties.add(child);
            } else if (child.type() == OrgType.CITY) {
                if (above != null) {
                    above.add(child.id());
                }
                counties.addAll(countiesUnder(child.id(), above));
            }
        }
        return counties;
    }

    /** The county at or above the org; empty for orgs above the counties (or no longer in the tree). */
    private Optional<Long> countyOf(long orgId) {
        return tree.countyOf(orgId).map(OrgSummary::id);
    }
}
