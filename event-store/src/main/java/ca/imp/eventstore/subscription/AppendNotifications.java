package ca.imp.eventstore.subscription;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.jboss.logging.Logger;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgConnection;
import io.vertx.pgclient.pubsub.PgSubscriber;
import io.vertx.sqlclient.Tuple;

/**
 * The instances of a service tell each other, through PostgreSQL on a connection of their own, that they committed
 * appended events: {@link #broadcast} notifies the others, and a notification from another runs {@code onAppend}.
 * It runs {@code onAppend} as well each time it (re)starts listening, since notifications sent while it was not
 * listening are lost. An instance wakes its own subscriptions in process and ignores its own notifications.
 *
 * <p>Notifying takes a lock that every notifying transaction on the server waits for in turn, so it is sent in a
 * statement of its own after the commit, never inside an append's transaction, and a burst of commits sends one
 * notification while one is in flight and one more after it, not one each.
 */
public final class AppendNotifications implements AutoCloseable {
    /** The channel the instances of a service notify on. */
    public static final String CHANNEL = "events_appended";
    private static final long RECONNECT_DELAY_MS = 1000;
    private static final Logger LOG = Logger.getLogger(AppendNotifications.class);

    private final Vertx vertx;
    private final PgSubscriber subscriber;
    /** Tells this instance's notifications from the others'. */
    private final String instance = UUID.randomUUID().toString();
    /** 0: none in flight; 1: one in flight; 2: one in flight and another to send after it. */
    private final AtomicInteger broadcasts = new AtomicInteger();
    private volatile boolean closed;

    public AppendNotifications(Vertx vertx, PgConnectOptions options, Runnable onAppend) {
        this.vertx = vertx;
        // a lost connection is retried for ever: meanwhile the periodic rounds keep the subscriptions going
        subscriber = PgSubscriber.subscriber(vertx, options).reconnectPolicy(retries -> RECONNECT_DELAY_MS);
        subscriber.channel(CHANNEL).subscribeHandler(listening -> onAppend.run()).handler(sender -> {
            if (!instance.equals(sender)) {
                onAppend.run();
            }
        });
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

    /** Tells the other instances that this one committed appended events. */
    public void broadcast() {
        if (broadcasts.getAndUpdate(state -> Math.min(state + 1, 2)) == 0) {
            send();
        }
    }

    private void send() {
        PgConnection connection = subscriber.actualConnection();
        Future<?> sent = connection == null || subscriber.closed()
                // not listening: the others' periodic rounds carry this commit, as they do all of them meanwhile
                ? Future.succeededFuture()
                : connection.preparedQuery("SELECT pg_notify($1, $2)").execute(Tuple.of(CHANNEL, instance));
        sent.onComplete(done -> {
            if (broadcasts.decrementAndGet() > 0) {
                send();
            }
        });
    }

    @Override
    public void close() {
        closed = true;
        subscriber.close();
    }
}
