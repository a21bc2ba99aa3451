package org.yjinspect.platform.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

/**
 * The open database: the embedded server if one was started, a connection pool, the schema
 * brought up to date by Flyway, and JDBI on top. Closing it closes the pool, then stops the
 * embedded server, so no PostgreSQL process is left behind.
 */
public final class Database implements AutoCloseable {
    private final EmbeddedPostgres embedded;
    private final HikariDataSource pool;
    private final Jdbi jdbi;
    private final DatabaseConfig config;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    private Database(DatabaseConfig config, EmbeddedPostgres embedded, HikariDataSource pool) {
        this.config = config;
        this.embedded = embedded;
        this.pool = pool;
        this.jdbi = Jdbi.create(pool);
    }

    public static Database open(DatabaseConfig config) {
        EmbeddedPostgres embedded = null;
        HikariDataSource pool = null;
        try {
            HikariConfig hikari = new HikariConfig();
            if (config instanceof DatabaseConfig.Embedded local) {
                embedded = EmbeddedServer.start(local.dataDirectory());
                hikari.setJdbcUrl(embedded.getJdbcUrl("postgres", "postgres"));
            } else if (config instanceof DatabaseConfig.External server) {
                hikari.setJdbcUrl(server.url());
                hikari.setUsername(server.user());
                hikari.setPassword(server.password());
            }
            hikari.setPoolName("yjinspect");
            hikari.setMaximumPoolSize(10);
            // One round trip per few hundred rows instead of one per row for caseload imports.
            hikari.addDataSourceProperty("reWriteBatchedInserts", "true");
            pool = connect(config, hikari);
            migrate(pool);
            return new Database(config, embedded, pool);
        } catch (RuntimeException e) {
            if (pool != null) {
                pool.close();
            }
            stop(embedded);
            throw e;
        }
    }

    /** A server that cannot be reached is the user's to fix (URL, password, server down): say so plainly. */
    private static HikariDataSource connect(DatabaseConfig config, HikariConfig hikari) {
        try {
            return new HikariDataSource(hikari);
        } catch (com.zaxxer.hikari.pool.HikariPool.PoolInitializationException e) {
            throw org.yjinspect.platform.problem.Problem.invalid("cannot connect to the " + config.describe() + ": "
                    + ConnectionFailure.reason(e));
        }
    }

    static void migrate(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public DataSource dataSource() {
        return pool;
    }

    public DatabaseConfig config() {
        return config;
    }

    /** Closes the pool and stops the embedded server; safe to call more than once (e.g. from a shutdown hook). */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        pool.close();
        stop(embedded);
    }

    private static void stop(EmbeddedPostgres embedded) {
        if (embedded == null) {
            return;
        }
        try {
            embedded.close();
        } catch (IOException e) {
            throw new UncheckedIOException("could not stop the embedded PostgreSQL", e);
        }
    }
}
