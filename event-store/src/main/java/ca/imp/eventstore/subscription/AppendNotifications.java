package ca.imp.eventstore.subscription;

import org.jboss.logging.Logger;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.pubsub.PgSubscriber;

/**
 * Listens, on a connection of its own, for the notification the events table sends when a transaction that
 * appended events commits, and runs {@code onAppend} for it. It runs {@code onAppend} as well each time it
 * (re)starts listening, since notifications sent while it was not listening are lost.
 */
public final class AppendNotifications implements AutoCloseable {
    /** The channel the events table's trigger notifies (db/kernel). */
    public static final String CHANNEL = "events_appended";
    private static final long RECONNECT_DELAY_MS = 1000;
    private static final Logger LOG = Logger.getLogger(AppendNotifications.class);

    private final Vertx vertx;
    private final PgSubscriber subscriber;
    private volatile boolean closed;

    public AppendNotifications(Vertx vertx, PgConnectOptions options, Runnable onAppend) {
        this.vertx = vertx;
        // a lost connection is retried for ever: meanwhile the periodic rounds keep the subscriptions going
        subscriber = PgSubscriber.subscriber(vertx, options).reconnectPolicy(retries -> RECONNECT_DELAY_MS);
        subscriber.channel(CHANNEL).subscribeHandler(listening -> onAppend.run()).handler(payload -> onAppend.run());
    }

    /**
     * Connects and listens; completes once connected. The subscriber's reconnect policy covers only a connection that
     * was established, so a first connection that fails (PostgreSQL not up yet) is tried again here, every second.
     */
    public Future<Void> listen() {
        return subscriber.connect().recover(failure -> {
            if (closed) {
                return Future.failedFuture(failure);
            }
            LOG.warnf("not listening for appended events yet, the periodic rounds carry them meanwhile: %s", failure.getMessage());
            Promise<Void> listening = Promise.promise();
            vertx.setTimer(RECONNECT_DELAY_MS, timer -> listen().onComplete(listening));
            return listening.future();
        });
    }

    @Override
    public void close() {
        closed = true;
        subscriber.close();
    }
}
