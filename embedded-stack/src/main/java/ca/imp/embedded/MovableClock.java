package ca.imp.embedded;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock for tests that runs at the normal pace from a chosen instant and can be moved (e.g. six
 * years on, to see a record retention end). Each service's tests make it their clock bean by a
 * one-line subclass, replacing the kernel's default clock.
 */
public class MovableClock extends Clock {
    private final Instant start;
    private volatile Duration offset;

    /** @param start where the clock starts and {@link #reset()} returns to; null for the real time */
    protected MovableClock(Instant start) {
        this.start = start;
        reset();
    }

    public void moveTo(Instant instant) {
        offset = Duration.between(Instant.now(), instant);
    }

    public final void reset() {
        offset = start == null ? Duration.ZERO : Duration.between(Instant.now(), start);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }
}
