package io.manchette.delivery;

import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.sql.Array;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.Interceptor;
import org.hibernate.Transaction;
import org.jboss.logging.Logger;

/**
 * Makes this instance's own writes show at once: just before a transaction commits (after
 * Hibernate's flush), it reads the keys of the change events the database triggers wrote in that
 * transaction, and drops those answers as soon as the commit succeeded. Other instances learn the
 * same through {@link ChangeListener}, a few milliseconds later. A rolled-back transaction's keys
 * are dropped too: that costs a recomputation, never a stale answer.
 */
@ApplicationScoped
@PersistenceUnitExtension
public class CommitCapture implements Interceptor {

    private static final Logger LOG = Logger.getLogger(CommitCapture.class);

    /** The keys of the transaction completing on this thread, between its flush and its end. */
    private static final ThreadLocal<Set<String>> COMPLETING = new ThreadLocal<>();

    private final AgroalDataSource dataSource;
    private final Event<Changed> changed;

    CommitCapture(AgroalDataSource dataSource, Event<Changed> changed) {
        this.dataSource = dataSource;
        this.changed = changed;
    }

    @Override
    public void beforeTransactionCompletion(Transaction transaction) {
        COMPLETING.remove();
        // Inside the transaction, this connection is the one Hibernate wrote with.
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement(
                        "select keys from change_events where tx_id = pg_current_xact_id_if_assigned()");
                var rows = statement.executeQuery()) {
            Set<String> keys = new LinkedHashSet<>();
            while (rows.next()) {
                Array array = rows.getArray(1);
                for (Object key : (Object[]) array.getArray()) {
                    keys.add((String) key);
                }
            }
            if (!keys.isEmpty()) {
                COMPLETING.set(keys);
            }
        } catch (SQLException e) {
            // The listener will still hear the change; only this instance's immediacy is lost.
            LOG.warnf("Could not read this transaction's change events: %s", e.getMessage());
        }
    }

    @Override
    public void afterTransactionCompletion(Transaction transaction) {
        Set<String> keys = COMPLETING.get();
        COMPLETING.remove();
        if (keys != null) {
            changed.fire(Changed.ofKeys(keys));
        }
    }
}
