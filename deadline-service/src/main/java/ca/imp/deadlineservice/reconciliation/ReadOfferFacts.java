package ca.imp.deadlineservice.reconciliation;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;

import ca.imp.eventstore.store.EventStore;

/**
 * Operators read what deadline-service holds about an offer: each deadline scheduled, from the log itself so that a
 * duplicate shows, whether it was met or elapsed, and its timers planned and fired.
 */
@Singleton
public class ReadOfferFacts {
    private static final String DEADLINES = """
            SELECT s.data->>'deadlineId' AS deadline_id, s.data->>'applicationId' AS application_id, s.data->>'kind' AS kind,
                   EXISTS (SELECT 1 FROM events m WHERE m.stream_id = s.stream_id AND m.event_type = 'DeadlineMet'
                           AND m.data->>'deadlineId' = s.data->>'deadlineId') AS met,
                   EXISTS (SELECT 1 FROM events e WHERE e.stream_id = s.stream_id AND e.event_type = 'DeadlineElapsed'
                           AND e.data->>'deadlineId' = s.data->>'deadlineId') AS elapsed,
                   (SELECT count(*) FROM deadline_timers t WHERE t.deadline_id::text = s.data->>'deadlineId') AS planned,
                   (SELECT count(*) FROM deadline_timers t WHERE t.deadline_id::text = s.data->>'deadlineId'
                           AND t.state = 'FIRED') AS fired
            FROM events s WHERE s.stream_id = $1 AND s.event_type = 'DeadlineScheduled' ORDER BY s.global_position
            """;

    private final EventStore store;

    ReadOfferFacts(EventStore store) {
        this.store = store;
    }

    public Uni<OfferFacts> read(String offerNumber) {
        return store.pool().preparedQuery(DEADLINES).execute(Tuple.of(offerNumber)).map(rows -> {
            List<OfferFacts.Deadline> deadlines = new ArrayList<>();
            rows.forEach(row -> deadlines.add(new OfferFacts.Deadline(row.getString("deadline_id"),
                    row.getString("application_id"), row.getString("kind"), row.getBoolean("met"), row.getBoolean("elapsed"),
                    row.getLong("planned"), row.getLong("fired"))));
            return new OfferFacts(offerNumber, deadlines);
        });
    }
}
