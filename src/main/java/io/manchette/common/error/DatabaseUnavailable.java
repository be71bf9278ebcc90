package io.manchette.common.error;

import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Tells a failure to reach PostgreSQL (refused, cut, shut down, no connection to be had in time)
 * from a bug: the first is a 503 with {@code Retry-After}, the second a 500. Where a stale answer
 * may stand in for the missing one, a {@link Fallback} supplies it.
 */
public final class DatabaseUnavailable {

    /** Seconds a client is told to wait before trying again. */
    public static final int RETRY_AFTER_SECONDS = 5;

    /** Something to answer instead of a 503 for the current request, such as a stale public answer. */
    public interface Fallback {
        Optional<RestResponse<?>> instead();
    }

    private DatabaseUnavailable() {}

    /** Whether the database being out of reach is what made this fail. */
    public static boolean caused(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof org.hibernate.exception.JDBCConnectionException
                    || e instanceof SQLTransientConnectionException
                    || e instanceof SQLNonTransientConnectionException
                    || e instanceof ConnectException
                    || e instanceof SocketTimeoutException
                    || e instanceof SocketException) {
                return true;
            }
            if (e instanceof SQLException sql && isUnavailable(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUnavailable(SQLException e) {
        String state = e.getSQLState();
        if (state != null) {
            // 08: connection exceptions; 57P01-57P03: the server is shutting down or starting.
            return state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03");
        }
        // Agroal's pool, when no connection can be had before its acquisition timeout.
        String message = e.getMessage();
        return message != null && message.contains("Acquisition timeout");
    }
}
