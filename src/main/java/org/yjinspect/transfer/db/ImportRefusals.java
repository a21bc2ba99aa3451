package org.yjinspect.transfer.db;

import java.sql.SQLException;
import org.jdbi.v3.core.JdbiException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.platform.problem.SafeText;

/**
 * A record of the file the database refuses although every check before passed (a bound of a
 * table the format does not know): a problem naming the table, the rule and the column, in
 * place of the driver's message, with the rest rolled back. Anything else is not the file's
 * fault and stays an error.
 */
final class ImportRefusals {
    private ImportRefusals() {
    }

    static RuntimeException translated(JdbiException e, String source) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof Problem problem) {
                return problem;
            }
            if (cause instanceof PSQLException sql && isDataRefusal(sql)) {
                ServerErrorMessage server = sql.getServerErrorMessage();
                String table = server == null ? null : server.getTable();
                String rule = server == null ? null : server.getConstraint();
                String column = server == null ? null : server.getColumn();
                return Problem.invalid(SafeText.shown(source) + ": a record of " + (table == null ? "the file"
                        : "table " + table) + " breaks the database's rule" + (rule == null ? "" : " " + rule)
                        + (column == null ? "" : " on column " + column) + ". Nothing was imported; correct the"
                        + " file, or export it again from the yjinspect it came from");
            }
        }
        return e;
    }

    /** Integrity (23), data (22) and check (raised by our triggers as 23514) refusals. */
    private static boolean isDataRefusal(SQLException sql) {
        String state = sql.getSQLState();
        return state != null && (state.startsWith("23") || state.startsWith("22"));
    }
}
