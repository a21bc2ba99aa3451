package org.yjinspect.platform.db;

/**
 * A fresh, empty database for one test class on the shared test server, reached by JDBC URL:
 * tests open it through the same external-server path as {@code --db-url}.
 */
public record TestDatabase(String url, String user, String password) {
    public DatabaseConfig.External config() {
        return new DatabaseConfig.External(url, user, password);
    }

    /** The command-line options that point yjinspect at this database. */
    public String[] options() {
        return new String[] {"--db-url", url, "--db-user", user, "--db-password", password};
    }
}
