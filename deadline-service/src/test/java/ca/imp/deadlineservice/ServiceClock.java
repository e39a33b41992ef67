package ca.imp.deadlineservice;

import java.time.Instant;

import jakarta.inject.Singleton;

import ca.imp.embedded.MovableClock;

/**
 * deadline-service's clock in every test. It starts on 2026-07-01, when the dated examples the tests
 * use are recent: their deadlines run and none has elapsed yet.
 */
@Singleton
public class ServiceClock extends MovableClock {
    public static final Instant START = Instant.parse("2026-07-01T12:00:00Z");

    public ServiceClock() {
        super(START);
    }
}
