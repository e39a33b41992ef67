package ca.imp.eventstore.ops;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

import ca.imp.eventstore.paging.Page;
import ca.imp.eventstore.parking.DeadLetter;
import ca.imp.eventstore.parking.DeadLetters;

/** The records this service's consumers dead-lettered, oldest first. */
@Singleton
public class ListDeadLetters {
    private final Pool pool;

    ListDeadLetters(Pool pool) {
        this.pool = pool;
    }

    public Uni<Page<DeadLetter>> list(int page, int size) {
        return DeadLetters.list(pool, page * size, size)
                .chain(items -> DeadLetters.count(pool).map(total -> new Page<>(items, page, size, total)));
    }
}
