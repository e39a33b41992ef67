package ca.imp.deadlineservice.deadline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Singleton;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

import ca.imp.access.Caller;
import ca.imp.deadlineservice.view.DeadlineRecord;
import ca.imp.eventstore.store.DomainRejection;

/** One deadline, if the caller may see it; another employer's deadline is not found, exactly like an unknown id. */
@Singleton
public class ReadDeadline {

    @WithSession
    public Uni<DeadlineRecord> read(Caller caller, UUID deadlineId) {
        List<String> where = new ArrayList<>(List.of("deadlineId = :deadlineId"));
        Map<String, Object> params = new HashMap<>(Map.of("deadlineId", deadlineId));
        VisibleDeadlines.restrictTo(caller, where, params);
        return DeadlineRecord.<DeadlineRecord>find(String.join(" and ", where), params).firstResult().map(record -> {
            if (record == null) {
                throw new DomainRejection(new DeadlineError.DeadlineNotFound(deadlineId));
            }
            return record;
        });
    }
}
