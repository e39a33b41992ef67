package ca.imp.eventstore.ops;

import java.util.List;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;

import ca.imp.eventstore.readmodel.ReadModel;
import ca.imp.eventstore.readmodel.ReadModelRebuilds;
import ca.imp.eventstore.readmodel.Rebuild;
import ca.imp.eventstore.runtime.CatchUpSubscriptions;
import ca.imp.eventstore.store.DomainRejection;

/**
 * Rebuilds a read model from the log. In one transaction, holding its checkpoint so that no round of it is under way:
 * its tables are emptied, the events it parked forgotten, its checkpoint moved to the log's start, and the rebuild
 * recorded with the log's head. Then its subscription is woken, and its ordinary rounds replay the log, on whichever
 * instance claims the checkpoint; the round that reaches the recorded head marks the rebuild completed. Nothing but
 * the read model's own subscription goes back: the timer plan, the relay, webhooks and mails keep their checkpoints,
 * so no side effect happens again. While a rebuild runs, a second is refused rather than started over.
 */
@Singleton
public class RebuildReadModel {
    private final Pool pool;
    private final CatchUpSubscriptions subscriptions;

    RebuildReadModel(Pool pool, CatchUpSubscriptions subscriptions) {
        this.pool = pool;
        this.subscriptions = subscriptions;
    }

    public Uni<Rebuild> rebuild(String name, String actor) {
        ReadModel model = subscriptions.readModel(name).orElse(null);
        if (model == null) {
            return Uni.createFrom().failure(new DomainRejection(new UnknownReadModel(name,
                    subscriptions.readModels().stream().map(ReadModel::name).toList())));
        }
        return pool.withTransaction(tx -> model.subscription().rewind(tx)
                        .chain(() -> ReadModelRebuilds.last(tx, name))
                        .chain(last -> last.filter(Rebuild::running).isPresent()
                                ? Uni.createFrom().failure(new DomainRejection(new ReadModelRebuildRunning(name, last.get().requestedAt())))
                                : empty(tx, model.tables()).chain(() -> ReadModelRebuilds.request(tx, name, actor))))
                .invoke(() -> model.subscription().wake());
    }

    private static Uni<Void> empty(SqlConnection tx, List<String> tables) {
        // TRUNCATE rather than DELETE: a read model may hold millions of rows, and no other transaction writes them
        return tx.query("TRUNCATE " + String.join(", ", tables)).execute().replaceWithVoid();
    }
}
