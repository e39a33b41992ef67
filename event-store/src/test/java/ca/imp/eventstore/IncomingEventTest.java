package ca.imp.eventstore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import ca.imp.contract.envelope.EventEnvelope;
import ca.imp.eventstore.inbox.IncomingEvent;
import ca.imp.eventstore.store.Upcaster;
import ca.imp.eventstore.tally.TallyEvent;

/** Another service's event is read as the current schema, from the version its envelope names. */
class IncomingEventTest {
    /** Version 1 counted in tens. */
    private static final Upcaster TENS = new Upcaster("Counted", 1, data -> data.put("by", data.get("by").asInt() * 10));

    private static IncomingEvent counted(int schemaVersion, String data) {
        UUID id = UUID.randomUUID();
        return new IncomingEvent(new EventEnvelope(id, "Counted", "/tally", "t-1", Instant.now(), schemaVersion, id, null), data);
    }

    @Test
    void an_event_of_an_older_version_is_upcast_on_read() {
        assertEquals(new TallyEvent.Counted(30), counted(1, "{\"by\": 3}").as(TallyEvent.Counted.class, List.of(TENS)));
    }

    @Test
    void an_event_of_the_current_version_is_read_as_it_is() {
        assertEquals(new TallyEvent.Counted(3), counted(2, "{\"by\": 3}").as(TallyEvent.Counted.class, List.of(TENS)));
    }
}
