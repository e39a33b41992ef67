package ca.imp.eventstore.runtime;

import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;

import ca.imp.eventstore.store.CommittedAppends;
import ca.imp.eventstore.subscription.AppendNotifications;

/**
 * Wakes the relay and every catch-up subscription of the service as soon as a transaction that appended
 * events commits, in this instance (in process) or in another (through PostgreSQL), so none waits for its periodic
 * round, which stays as the safety net.
 */
@Singleton
public class AppendWakeups {
    private AppendNotifications notifications;

    void listen(@Observes @Priority(3) StartupEvent startup, Vertx vertx, CatchUpSubscriptions subscriptions,
                CommittedAppends committedAppends,
                @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
                @ConfigProperty(name = "quarkus.datasource.username") Optional<String> username,
                @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        PgConnectOptions options = PgConnectOptions.fromUri(url);
        username.ifPresent(options::setUser);
        password.ifPresent(options::setPassword);
        notifications = new AppendNotifications(vertx, options, subscriptions::wakeAll);
        committedAppends.onEach(subscriptions::wakeAll);
        committedAppends.onEach(notifications::broadcast);
        notifications.listen();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        if (notifications != null) {
            notifications.close();
        }
    }
}
