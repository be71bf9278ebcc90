package io.manchette.support;

import io.agroal.api.AgroalDataSource;
import io.manchette.delivery.ChangeListener;
import io.quarkus.arc.Arc;
import java.sql.SQLException;

/**
 * Waits until this instance's change listener has heard every change committed so far, so that a
 * late notification of a fixture's commit cannot drop an answer the test has just cached. It takes
 * the next change event number (above every event already written), announces it with no keys, and
 * waits for the listener to hear it: notifications arrive in commit order, so everything committed
 * before has been applied by then.
 */
public final class ChangesHeard {

    private ChangesHeard() {}

    public static void await() {
        var container = Arc.container();
        if (container == null) {
            return; // a separate instance (an IT): its listener is not ours to wait for
        }
        ChangeListener listener = container.instance(ChangeListener.class).get();
        long marker;
        try (var connection = container.instance(AgroalDataSource.class).get().getConnection();
                var statement = connection.createStatement();
                var result = statement.executeQuery("select nextval(pg_get_serial_sequence('change_events', 'id'))")) {
            result.next();
            marker = result.getLong(1);
            statement.execute("select pg_notify('manchette_content', '" + marker + "')");
        } catch (SQLException e) {
            throw new IllegalStateException("could not announce a marker to the change listener", e);
        }
        Eventually.until("the change listener hears change " + marker, () -> listener.lastEventHeard() >= marker);
    }
}
