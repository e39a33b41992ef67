package ca.imp.eventstore.runtime;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.inject.Singleton;
import jakarta.validation.ClockProvider;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The calendar date now in the zone the product's dates are kept in ({@code imp.time-zone},
 * America/Toronto by default): what "today" means for a payment or a decision date. Reads the
 * replaceable {@link Clock}, so tests can move time. It is also the validators' clock, so that a
 * date range checked at the REST edge ends at the same today as the one a use case or consumer reads.
 */
@Singleton
public class Today implements ClockProvider {
    private final Clock clock;
    private final ZoneId zone;

    Today(Clock clock, @ConfigProperty(name = "imp.time-zone") ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    public LocalDate date() {
        return LocalDate.now(getClock());
    }

    /** The calendar date of an instant in the same zone, e.g. of when an event was recorded. */
    public LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    @Override
    public Clock getClock() {
        return clock.withZone(zone);
    }
}
