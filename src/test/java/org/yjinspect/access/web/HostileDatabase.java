package org.yjinspect.access.web;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.yjinspect.platform.db.TestDatabase;

/**
 * Looks at the test's database from outside the application, over its own connection: which
 * tables exist and how many rows each holds, so that a refused payload can be shown to have
 * changed nothing and an SQL payload to have dropped or emptied nothing.
 */
final class HostileDatabase implements AutoCloseable {
    private final Connection connection;

    private HostileDatabase(Connection connection) {
        this.connection = connection;
    }

    static HostileDatabase open(TestDatabase db) throws SQLException {
        return new HostileDatabase(DriverManager.getConnection(db.url(), db.user(), db.password()));
    }

    /** Every table of the schema with its row count, by name. */
    Map<String, Long> counts() throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Statement s = connection.createStatement()) {
            for (String table : tables()) {
                try (ResultSet rows = s.executeQuery("select count(*) from \"" + table + "\"")) {
                    rows.next();
                    counts.put(table, rows.getLong(1));
                }
            }
        }
        return counts;
    }

    /** The highest audit entry id so far (0 when there is none). */
    long lastAuditEntry() throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rows = s.executeQuery("select coalesce(max(id), 0) from audit_entry")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** The tables of the schema, by name. */
    List<String> tables() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rows = s.executeQuery("select table_name from information_schema.tables"
                     + " where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
