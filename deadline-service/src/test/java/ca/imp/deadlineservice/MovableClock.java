package ca.imp.deadlineservice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import jakarta.inject.Singleton;

/**
 * The service's clock in tests: it runs at the normal pace from a chosen instant and can be moved.
 * Replaces the kernel's default clock for every test of this service. It starts on 2026-07-01, when
 * the dated examples the tests use are recent: their deadlines run and none has elapsed yet.
 */
@Singleton
public class MovableClock extends Clock {
    public static final Instant START = Instant.parse("2026-07-01T12:00:00Z");

    private volatile Duration offset = Duration.between(Instant.now(), START);

    public void moveTo(Instant instant) {
        offset = Duration.between(Instant.now(), instant);
    }

    public void reset() {
        moveTo(START);
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
