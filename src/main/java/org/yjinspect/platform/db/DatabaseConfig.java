package org.yjinspect.platform.db;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where yjinspect keeps its data: an embedded PostgreSQL with a data directory on this
 * machine (the default), or an external PostgreSQL server that a team shares.
 */
public sealed interface DatabaseConfig {
    /** The default data directory, ~/.yjinspect/pgdata. */
    static Path defaultDataDirectory() {
        return Path.of(System.getProperty("user.home"), ".yjinspect", "pgdata");
    }

    /** An embedded PostgreSQL started by yjinspect itself, its data kept in {@code dataDirectory}. */
    record Embedded(Path dataDirectory) implements DatabaseConfig {
        public Embedded {
            Objects.requireNonNull(dataDirectory, "dataDirectory");
        }

        @Override
        public String describe() {
            return "embedded PostgreSQL, data in " + dataDirectory;
        }
    }

    /** An existing PostgreSQL server reached by JDBC URL. The password is never printed. */
    record External(String url, String user, String password) implements DatabaseConfig {
        public External {
            Objects.requireNonNull(url, "url");
        }

        @Override
        public String describe() {
            return "PostgreSQL at " + url.replaceAll("password=[^&]*", "password=***");
        }

        @Override
        public String toString() {
            return "External[" + describe() + ", user=" + user + "]";
        }
    }

    String describe();
}
