package io.manchette.common.http;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

/**
 * Keeps {@link ResponseCache} true. A change committed here empties it at once; a change committed
 * by any instance (or by hand in SQL) reaches every instance through PostgreSQL's
 * {@code LISTEN manchette_content}, which database triggers notify at commit. While the listening
 * connection is down, the cache is emptied and kept off, so nothing stale is served.
 */
@ApplicationScoped
public class ContentChanges {

    private static final Logger LOG = Logger.getLogger(ContentChanges.class);
    private static final String CHANNEL = "manchette_content";
    private static final int WAIT_MILLIS = 250;

    private final ResponseCache cache;
    private final TransactionSynchronizationRegistry transactions;
    private final String url;
    private final Optional<String> user;
    private final Optional<String> password;
    private volatile boolean running;
    private Thread listener;

    ContentChanges(
            ResponseCache cache,
            TransactionSynchronizationRegistry transactions,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.cache = cache;
        this.transactions = transactions;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** Empties the cache once the current transaction commits (the writer's own instance, at once). */
    public void afterCommit() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    cache.invalidateAll();
                }
            }
        });
    }

    void start(@Observes StartupEvent event) {
        if (!cache.isEnabled()) {
            return;
        }
        running = true;
        listener = new Thread(this::listen, "manchette-content-listener");
        listener.setDaemon(true);
        listener.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (listener != null) {
            listener.interrupt();
        }
    }

    private void listen() {
        while (running) {
            try (Connection connection = DriverManager.getConnection(url, user.orElse(null), password.orElse(null))) {
                try (var statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                cache.invalidateAll(); // whatever happened while not listening
                PGConnection postgres = connection.unwrap(PGConnection.class);
                while (running) {
                    var notifications = postgres.getNotifications(WAIT_MILLIS);
                    if (notifications != null && notifications.length > 0) {
                        cache.invalidateAll();
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    cache.invalidateAll();
                    LOG.warnf("Listening for content changes failed (%s); retrying in a second", e.getMessage());
                    sleep();
                }
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
