package org.jiceng.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * "Today" for every business rule of Jiceng: current-year defaults, deadlines, overdue lists, ages, terms of office,
 * 公示 windows, "not after today" checks and the time a record was made. In production it is the real date. A county
 * that runs on another date — the demo county on the seed's report date, 2010-05-05 — keeps that date while the time
 * of day moves on, so records made today sort after the morning's. Security timing (lockout, sessions, the audit
 * log, caches) stays on real time and does not use this clock.
 */
public final class BusinessClock extends Clock {

    private final Clock real;
    private volatile LocalDate fixedDate;

    private BusinessClock(Clock real, LocalDate fixedDate) {
        this.real = real;
        this.fixedDate = fixedDate;
    }

    /**
     * Holds this clock on {@code date} until the returned handle is closed, which restores the date before. Only for
     * the demo loader (it records the county's history on the days it happened) and tests, which run one at a time;
     * nothing that serves users moves the clock.
     */
    public Travel travelTo(LocalDate date) {
        LocalDate before = fixedDate;
        fixedDate = date;
        return () -> fixedDate = before;
    }

    /** A clock held on another date; closing it restores the date before. */
    @FunctionalInterface
    public interface Travel extends AutoCloseable {
        @Override
        void close();
    }

    /** The real date and time. */
    public static BusinessClock real(Clock real) {
        return new BusinessClock(real, null);
    }

    /** Always on {@code date}, with the real time of day. */
    public static BusinessClock on(LocalDate date, Clock real) {
        return new BusinessClock(real, date);
    }

    /** The date this clock is held on, when it is not the real date (shown in every page's header). */
    public Optional<LocalDate> fixedDate() {
        return Optional.ofNullable(fixedDate);
    }

    public LocalDate today() {
        return LocalDate.now(this);
    }

    @Override
    public ZoneId getZone() {
        return real.getZone();
    }

    /** A clock in another zone that no longer follows {@link #travelTo} (nothing in Jiceng asks for one). */
    @Override
    public Clock withZone(ZoneId zone) {
        return new BusinessClock(real.withZone(zone), fixedDate);
    }

    @Override
    public Instant instant() {
        Instant now = real.instant();
        LocalDate date = fixedDate;
        if (date == null) {
            return now;
        }
        var time = now.atZone(real.getZone()).toLocalTime();
        return date.atTime(time).atZone(real.getZone()).toInstant();
    }

    @Override
    public String toString() {
        return fixedDate == null ? "BusinessClock[real]" : "BusinessClock[" + fixedDate + "]";
    }
}
