package ca.imp.deadlineservice.calendar;

import java.time.Instant;
import java.util.UUID;

/**
 * A secret address at which an employer's open deadlines are served to calendar applications; the
 * secret itself is not part of it (it is shown once, when the feed is opened).
 *
 * @param createdBy  the actor ({@code role:subject}) who opened it
 * @param lastUsedAt when a calendar application last fetched it; null if never
 */
public record CalendarFeed(UUID feedId, String businessNumber, Instant createdAt, String createdBy, Instant lastUsedAt) {
}
