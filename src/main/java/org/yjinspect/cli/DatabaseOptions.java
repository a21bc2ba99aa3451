package org.yjinspect.cli;

import java.nio.file.Path;
import org.yjinspect.platform.db.DatabaseConfig;
import picocli.CommandLine.Option;

/**
 * The database options every command that stores or reads data shares (a picocli mixin):
 * the embedded database's data directory, or an external PostgreSQL server.
 */
public final class DatabaseOptions {
    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Data directory of the embedded PostgreSQL (default: ~/.yjinspect/pgdata).")
    Path dataDirectory;

    @Option(names = "--db-url", paramLabel = "JDBC_URL", defaultValue = "${env:YJINSPECT_DB_URL}",
            description = "Use this PostgreSQL server instead of the embedded one, e.g."
                    + " jdbc:postgresql://host:5432/yjinspect (env YJINSPECT_DB_URL).")
    String url;

    @Option(names = "--db-user", paramLabel = "USER", defaultValue = "${env:YJINSPECT_DB_USER}",
            description = "User for --db-url (env YJINSPECT_DB_USER).")
    String user;

    @Option(names = "--db-password", paramLabel = "PASSWORD", defaultValue = "${env:YJINSPECT_DB_PASSWORD}",
            description = "Password for --db-url; prefer the environment variable YJINSPECT_DB_PASSWORD, which"
                    + " other users of this machine cannot see in the process list.")
    String password;

    public DatabaseConfig config() {
        if (url != null && !url.isBlank()) {
            if (dataDirectory != null) {
                throw new IllegalArgumentException("give either --db-url or --data-dir, not both");
            }
            if (!url.startsWith("jdbc:postgresql:")) {
                throw new IllegalArgumentException("--db-url must be a PostgreSQL JDBC URL starting jdbc:postgresql:");
            }
            return new DatabaseConfig.External(url, user, password);
        }
        return new DatabaseConfig.Embedded(dataDirectory != null ? dataDirectory : DatabaseConfig.defaultDataDirectory());
    }
}
