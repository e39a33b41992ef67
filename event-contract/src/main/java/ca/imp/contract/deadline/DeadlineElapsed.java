package ca.imp.contract.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The due date passed without the deadline being met. It can still be marked met afterwards, e.g.
 * when a filing made in time is recorded late.
 *
 * @param elapsedAt the first instant after the due date, in the zone the product's dates are kept in
 */
public record DeadlineElapsed(UUID deadlineId, String offerNumber, String applicationId, String kind,
                              LocalDate dueDate, Instant elapsedAt) implements DeadlineEvent {
}
