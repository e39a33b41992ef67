package ca.imp.eventstore.ops;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

import ca.imp.eventstore.paging.Page;
import ca.imp.eventstore.parking.ParkedEvent;
import ca.imp.eventstore.parking.ParkedEvents;

/** The events this service's catch-up subscriptions parked, in log order. */
@Singleton
public class ListParkedEvents {
    private final Pool pool;

    ListParkedEvents(Pool pool) {
        this.pool = pool;
    }

    public Uni<Page<ParkedEvent>> list(int page, int size) {
        return ParkedEvents.list(pool, page * size, size)
                .chain(items -> ParkedEvents.count(pool).map(total -> new Page<>(items, page, size, total)));
    }
}
