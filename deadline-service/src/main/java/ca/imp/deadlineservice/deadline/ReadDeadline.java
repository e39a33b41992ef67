package ca.imp.deadlineservice.deadline;

import java.util.UUID;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;

import ca.imp.access.Caller;
import ca.imp.deadlineservice.view.DeadlineRecord;
import ca.imp.deadlineservice.view.DeadlineRows;
import ca.imp.eventstore.store.DomainRejection;

/** One deadline, if the caller may see it; another employer's deadline is not found, exactly like an unknown id. */
@Singleton
public class ReadDeadline {
    private final DeadlineRows rows;

    ReadDeadline(DeadlineRows rows) {
        this.rows = rows;
    }

    public Uni<DeadlineRecord> read(Caller caller, UUID deadlineId) {
        return rows.first(VisibleDeadlines.to(caller).deadline(deadlineId))
                .map(found -> found.orElseThrow(() -> new DomainRejection(new DeadlineError.DeadlineNotFound(deadlineId))));
    }
}
