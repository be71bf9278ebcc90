package io.manchette.delivery;

import io.manchette.common.config.ManchetteConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Hears every change committed by any instance (or by hand in SQL): the database triggers announce
 * each change event on {@code manchette_content} as {@code "<id> <key> <key>…"}, and this drops the
 * answers that carry those keys. The listening connection is checked with a heartbeat; when it is
 * lost or stops answering, every cached answer turns stale at once, and after reconnecting the
 * cache starts a new epoch, since whatever changed meanwhile was not heard.
 */
@ApplicationScoped
public class ChangeListener {

    /** The application name of the listening connection, as {@code pg_stat_activity} shows it. */
    public static final String APPLICATION_NAME = "manchette-change-listener";

    private static final Logger LOG = Logger.getLogger(ChangeListener.class);
    private static final String CHANNEL = "manchette_content";

    private final AnswerCache cache;
    private final Event<Changed> changed;
    private final String url;
    private final Optional<String> user;
    private final Optional<String> password;
    private final Duration heartbeat;
    private final AtomicLong connections = new AtomicLong();
    private final AtomicLong lastEventHeard = new AtomicLong();
    private volatile boolean running;
    private volatile String lastFailure;
    private Thread thread;

    ChangeListener(
            AnswerCache cache,
            Event<Changed> changed,
            ManchetteConfig config,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.cache = cache;
        this.changed = changed;
        this.url = url;
        this.user = user;
        this.password = password;
        this.heartbeat = config.delivery().listenerHeartbeat();
    }

    void start(@Observes StartupEvent event) {
        running = true;
        thread = new Thread(this::listen, "manchette-change-listener");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    /** Whether the listener is connected and its last heartbeat was answered. */
    public boolean isConnected() {
        return cache.isListening();
    }

    /** How many times the listener has connected since the start: 1 when it was never lost. */
    public long connections() {
        return connections.get();
    }

    /**
     * The highest change event id announced to this listener, 0 before the first. Notifications
     * arrive in commit order, so once a number is heard, every change committed before it was
     * announced has been applied.
     */
    public long lastEventHeard() {
        return lastEventHeard.get();
    }

    /** Why the listener last lost its connection, for the readiness check; null if it never did. */
    public String lastFailure() {
        return lastFailure;
    }

    private void listen() {
        while (running) {
            try (Connection connection = connect()) {
                try (var statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                connections.incrementAndGet();
                cache.listening(true, heartbeat.multipliedBy(2));
                LOG.infof("Listening for content changes (connection %d)", connections.get());
                PGConnection postgres = connection.unwrap(PGConnection.class);
                // Beats come every half heartbeat or so; answers stay fresh for two heartbeats after
                // the last one, so a listener that silently stalls cannot keep stale answers alive.
                int waitMillis = (int) Math.max(20, heartbeat.toMillis() / 2);
                int timeoutSeconds = (int) Math.max(1, heartbeat.multipliedBy(3).toSeconds());
                long checked = System.nanoTime();
                while (running) {
                    PGNotification[] notifications = postgres.getNotifications(waitMillis);
                    if (notifications != null) {
                        Arrays.stream(notifications).forEach(n -> apply(n.getParameter()));
                    }
                    if (System.nanoTime() - checked >= heartbeat.toNanos() / 2) {
                        if (!connection.isValid(timeoutSeconds)) {
                            throw new SQLException("the listening connection stopped answering its heartbeat");
                        }
                        checked = System.nanoTime();
                        cache.heartbeat();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                cache.listening(false);
                if (running) {
                    lastFailure = e.getMessage();
                    LOG.warnf(
                            "Listening for content changes failed (%s); every cached answer is stale until it"
                                    + " reconnects",
                            e.getMessage());
                    pause();
                }
            }
        }
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        user.ifPresent(u -> properties.setProperty("user", u));
        password.ifPresent(p -> properties.setProperty("password", p));
        properties.setProperty("ApplicationName", APPLICATION_NAME);
        // A dead peer must be noticed: connecting and every read give up after a few heartbeats.
        long seconds = Math.max(2, heartbeat.multipliedBy(3).toSeconds());
        properties.setProperty("connectTimeout", String.valueOf(seconds));
        properties.setProperty("socketTimeout", String.valueOf(seconds * 2));
        properties.setProperty("tcpKeepAlive", "true");
        return DriverManager.getConnection(url, properties);
    }

    /** {@code "<event id> <key> <key>…"}, or {@code "<event id> *"} for a change too large to name. */
    void apply(String payload) {
        List<String> words = Arrays.asList(payload.trim().split(" +"));
        List<String> keys = words.subList(Math.min(1, words.size()), words.size());
        heard(words.get(0));
        if (keys.contains("*")) {
            LOG.info("A change too large to name: every cached answer is dropped");
            changed.fire(Changed.ofEverything());
        } else if (!keys.isEmpty()) {
            changed.fire(Changed.ofKeys(keys));
        }
    }

    private void heard(String eventId) {
        try {
            lastEventHeard.accumulateAndGet(Long.parseLong(eventId), Math::max);
        } catch (NumberFormatException e) {
            LOG.debugf("A notification without an event id: %s", eventId);
        }
    }

    private void pause() {
        try {
            Thread.sleep(Math.min(1000, Math.max(100, heartbeat.toMillis())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
