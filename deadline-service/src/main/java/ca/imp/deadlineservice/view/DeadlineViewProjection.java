package ca.imp.deadlineservice.view;

import java.util.List;

import jakarta.inject.Singleton;
import jakarta.persistence.LockModeType;

import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

import ca.imp.contract.deadline.DeadlineEvent;
import ca.imp.contract.deadline.DeadlineMet;
import ca.imp.contract.deadline.DeadlineScheduled;
import ca.imp.eventstore.store.EventCodec;

/**
 * Keeps {@link DeadlineRecord} up to date with the event log. Each round reads the events after
 * its checkpoint in global order and writes the rows and the new checkpoint in one transaction,
 * so every event is applied exactly once; deleting the checkpoint row rebuilds the view. The
 * checkpoint row is locked for the round, so several instances take turns.
 */
@Singleton
public class DeadlineViewProjection {
    static final String NAME = "deadline-view";
    private static final Logger LOG = Logger.getLogger(DeadlineViewProjection.class);
    private static final int BATCH = 500;
    private static final String EVENTS_AFTER = "SELECT global_position, event_type, schema_version, data::text"
            + " FROM events WHERE global_position > ?1 ORDER BY global_position LIMIT " + BATCH;

    private final EventCodec<DeadlineEvent> codec = EventCodec.of(DeadlineEvent.class);

    @Scheduled(every = "${deadline-service.view.interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> catchUp() {
        return applyNextBatch()
                .onFailure().invoke(e -> LOG.warnf("deadline view round failed, retrying from its checkpoint: %s", e.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    /** Applies the next batch of events; returns how many it read. */
    @WithTransaction
    public Uni<Integer> applyNextBatch() {
        return ProjectionCheckpoint.<ProjectionCheckpoint>findById(NAME, LockModeType.PESSIMISTIC_WRITE)
                .chain(found -> found != null
                        ? Uni.createFrom().item(found)
                        : ProjectionCheckpoint.startOf(NAME).<ProjectionCheckpoint>persist())
                .chain(checkpoint -> Panache.getSession()
                        .chain(session -> session.createNativeQuery(EVENTS_AFTER, Object[].class)
                                .setParameter(1, checkpoint.position)
                                .getResultList())
                        .chain(rows -> apply(rows).invoke(() -> {
                            if (!rows.isEmpty()) {
                                checkpoint.position = ((Number) rows.get(rows.size() - 1)[0]).longValue();
                            }
                        }).replaceWith(rows.size())));
    }

    private Uni<Void> apply(List<Object[]> rows) {
        Uni<Void> applied = Uni.createFrom().voidItem();
        for (Object[] row : rows) {
            DeadlineEvent event = codec.decode((String) row[1], ((Number) row[2]).intValue(), (String) row[3]);
            if (event instanceof DeadlineScheduled scheduled) {
                applied = applied.chain(() -> Panache.getSession()
                        .chain(session -> session.merge(DeadlineRecord.scheduled(scheduled)))
                        .replaceWithVoid());
            } else if (event instanceof DeadlineMet met) {
                applied = applied.chain(() -> DeadlineRecord.<DeadlineRecord>findById(met.deadlineId())
                        .invoke(record -> {
                            record.status = "MET";
                            record.metOn = met.metOn();
                        })
                        .replaceWithVoid());
            }
        }
        return applied;
    }
}
