package ca.imp.deadlineservice.view;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.inject.Singleton;

import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;

import ca.imp.contract.deadline.DeadlineElapsed;
import ca.imp.contract.deadline.DeadlineEvent;
import ca.imp.contract.deadline.DeadlineMet;
import ca.imp.contract.deadline.DeadlineMoved;
import ca.imp.contract.deadline.DeadlineScheduled;
import ca.imp.deadlineservice.DeadlineEvents;
import ca.imp.eventstore.runtime.CatchUpSubscriptions;
import ca.imp.eventstore.store.RecordedEvent;
import ca.imp.eventstore.store.Transaction;
import ca.imp.eventstore.subscription.CatchUpSubscription;

/**
 * Keeps {@link DeadlineRecord} up to date with the event log, as the read model {@code deadline-view}: rows and
 * checkpoint commit together, so every event is applied exactly once, and an operator rebuilds the view from the log
 * ({@code POST /ops/read-models/deadline-view/rebuilds}). It writes nothing but {@code deadline_view}, and every write
 * is idempotent, so a replay over existing rows lands on the same view too.
 */
@Startup
@Singleton
public class DeadlineViewProjection {
    private final CatchUpSubscription subscription;

    DeadlineViewProjection(CatchUpSubscriptions subscriptions) {
        this.subscription = subscriptions.readModel("deadline-view", List.of("deadline_view"), 500, DeadlineEvents.CODEC,
                DeadlineViewProjection::apply).subscription();
    }

    @Scheduled(every = "${deadline-service.view.interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void catchUp() {
        subscription.wake();
    }

    private static Uni<Void> apply(Transaction tx, RecordedEvent recorded, DeadlineEvent event) {
        if (event instanceof DeadlineScheduled scheduled) {
            return execute(tx, """
                    INSERT INTO deadline_view (deadline_id, offer_number, application_id, kind, status, start_date,
                                               due_date, basis, source, warnings, provisional, inspection_id, business_number)
                    VALUES ($1, $2, $3, $4, 'OPEN', $5, $6, $7, $8, $9, $10, $11, $12) ON CONFLICT (deadline_id) DO NOTHING""",
                    scheduled.deadlineId(), scheduled.offerNumber(), scheduled.applicationId(), scheduled.kind(),
                    scheduled.startDate(), scheduled.dueDate(), scheduled.basis(), scheduled.source(),
                    DeadlineRecord.joinWarnings(scheduled.warnings()), scheduled.provisional(), scheduled.inspectionId(),
                    scheduled.businessNumber());
        }
        if (event instanceof DeadlineMoved moved) {
            return execute(tx, """
                    UPDATE deadline_view SET start_date = $2, due_date = $3, basis = $4, source = $5, warnings = $6,
                                             provisional = false,
                                             status = CASE WHEN status = 'ELAPSED' THEN 'OPEN' ELSE status END
                    WHERE deadline_id = $1""", moved.deadlineId(), moved.startDate(), moved.dueDate(), moved.basis(),
                    moved.source(), DeadlineRecord.joinWarnings(moved.warnings()));
        }
        if (event instanceof DeadlineMet met) {
            return execute(tx, "UPDATE deadline_view SET status = 'MET', met_on = $2 WHERE deadline_id = $1",
                    met.deadlineId(), met.metOn());
        }
        if (event instanceof DeadlineElapsed elapsed) {
            return execute(tx, "UPDATE deadline_view SET status = 'ELAPSED' WHERE deadline_id = $1 AND status = 'OPEN'",
                    elapsed.deadlineId());
        }
        return Uni.createFrom().voidItem();
    }

    private static Uni<Void> execute(Transaction tx, String sql, Object... values) {
        // Tuple.of copies into a list that refuses nulls; warnings and met dates may be null
        return tx.preparedQuery(sql).execute(Tuple.tuple(new ArrayList<>(Arrays.asList(values)))).replaceWithVoid();
    }
}
