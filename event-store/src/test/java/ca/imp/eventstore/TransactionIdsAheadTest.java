package ca.imp.eventstore;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import ca.imp.eventstore.runtime.TransactionIdsAhead;
import ca.imp.eventstore.store.EventCodec;
import ca.imp.eventstore.store.EventMetadata;
import ca.imp.eventstore.tally.TallyEvent;

/** A service refuses to start on a log restored from another server's logical dump, and says how to go on. */
class TransactionIdsAheadTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final EventCodec<TallyEvent> codec = EventCodec.of(TallyEvent.class);

    @Test
    void a_log_appended_on_this_server_starts() {
        try (KernelDatabase db = new KernelDatabase()) {
            db.store.append("T1000001", 0, codec.encode(List.of(new TallyEvent.Counted(1))), EventMetadata.byActor("test"))
                    .await().atMost(WAIT);
            assertDoesNotThrow(() -> TransactionIdsAhead.requireReached(db.pool));
        }
    }

    @Test
    void a_log_with_transaction_ids_the_server_has_not_reached_is_refused_by_name() {
        try (KernelDatabase db = new KernelDatabase()) {
            // as a logical dump of a busier server restores it: ids from another epoch than this server's
            db.pool.query("INSERT INTO events (stream_id, stream_version, event_id, event_type, schema_version, data, actor,"
                    + " recorded_at, tx_id) VALUES ('T1000002', 1, gen_random_uuid(), 'Counted', 1, '{}', 'restore', now(),"
                    + " '90000000000')").execute().await().atMost(WAIT);
            IllegalStateException refused = assertThrows(IllegalStateException.class,
                    () -> TransactionIdsAhead.requireReached(db.pool));
            assertTrue(refused.getMessage().contains("90000000000") && refused.getMessage().contains("Restoring the event log"),
                    refused.getMessage());
        }
    }
}
