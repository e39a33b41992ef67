package ca.imp.contract.deadline;

import java.time.LocalDate;
import java.util.UUID;

/** What the deadline asked for was done (e.g. the judicial review application was filed): it no longer runs. */
public record DeadlineMet(UUID deadlineId, String offerNumber, LocalDate metOn, String note) implements DeadlineEvent {
}
