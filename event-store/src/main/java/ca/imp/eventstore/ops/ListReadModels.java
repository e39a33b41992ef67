package ca.imp.eventstore.ops;

import java.util.List;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

import ca.imp.eventstore.paging.Page;
import ca.imp.eventstore.readmodel.ReadModel;
import ca.imp.eventstore.readmodel.ReadModelRebuilds;
import ca.imp.eventstore.readmodel.ReadModelState;
import ca.imp.eventstore.runtime.CatchUpSubscriptions;
import ca.imp.eventstore.store.DomainRejection;

/** This service's read models, each with its status, how far behind the log it is and its last rebuild. */
@Singleton
public class ListReadModels {
    private final Pool pool;
    private final CatchUpSubscriptions subscriptions;

    ListReadModels(Pool pool, CatchUpSubscriptions subscriptions) {
        this.pool = pool;
        this.subscriptions = subscriptions;
    }

    /** A page of them, as every list is answered; a service has a handful, so the list is read whole. */
    public Uni<Page<ReadModelState>> list(int page, int size) {
        return Multi.createFrom().iterable(List.copyOf(subscriptions.readModels()))
                .onItem().transformToUniAndConcatenate(this::stateOf)
                .collect().asList()
                .map(all -> Page.of(all, page, size));
    }

    public Uni<ReadModelState> read(String name) {
        return subscriptions.readModel(name).map(this::stateOf)
                .orElseGet(() -> Uni.createFrom().failure(new DomainRejection(new UnknownReadModel(name,
                        subscriptions.readModels().stream().map(ReadModel::name).toList()))));
    }

    private Uni<ReadModelState> stateOf(ReadModel model) {
        return model.subscription().eventsBehind(Integer.MAX_VALUE)
                .chain(behind -> ReadModelRebuilds.last(pool, model.name())
                        .map(last -> ReadModelState.of(model, behind, last.orElse(null))));
    }
}
