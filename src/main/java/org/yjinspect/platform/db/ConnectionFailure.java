package org.yjinspect.platform.db;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Why an external PostgreSQL server could not be reached, in words the person who typed the
 * --db-url can act on: the driver's messages name Java exceptions or only the host.
 */
final class ConnectionFailure {
    /** PostgreSQL's SQLSTATE codes for the usual setup mistakes. */
    private static final Map<String, String> STATES = Map.of(
            "28P01", "the password is wrong for this user (--db-password or YJINSPECT_DB_PASSWORD)",
            "28000", "this user may not log in to that database (check --db-user and the server's pg_hba.conf)",
            "3D000", "that database does not exist on the server; create it first (createdb)",
            "08001", "the server could not be reached",
            "08004", "the server refused the connection",
            "53300", "the server has too many connections; try again later");

    private ConnectionFailure() {
    }

    static String reason(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable cause = failure; cause != null && chain.size() < 20; cause = cause.getCause()) {
            chain.add(cause);
        }
        for (Throwable cause : chain) {
            if (cause instanceof UnknownHostException) {
                return "no such host: " + cause.getMessage() + " (check the host name in --db-url)";
            }
            if (cause instanceof ConnectException || cause instanceof NoRouteToHostException) {
                return "nothing answers at that host and port; is the server running, and is the port right?";
            }
            if (cause instanceof SocketTimeoutException) {
                return "the server did not answer in time";
            }
        }
        // The driver wraps the server's own refusal in a general "could not connect": the innermost state says why.
        for (int i = chain.size() - 1; i >= 0; i--) {
            if (chain.get(i) instanceof SQLException sql && STATES.containsKey(sql.getSQLState())) {
                return STATES.get(sql.getSQLState());
            }
        }
        Throwable root = chain.get(chain.size() - 1);
        return root.getMessage() == null ? "the server could not be used" : root.getMessage();
    }
}
