package org.yjinspect.platform.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.yjinspect.Application;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives each test class its own fresh database on one PostgreSQL server per JVM. The server is
 * an embedded PostgreSQL started on first use, or, when the system property
 * {@code yjinspect.test.dbUrl} (or the environment variable YJINSPECT_TEST_DB_URL) names a
 * server, that server: .ci/external-postgres.sh uses this to prove {@code --db-url} against a
 * real PostgreSQL installation. The URL must reach a database whose user may create databases;
 * user and password come from {@code yjinspect.test.dbUser} / {@code yjinspect.test.dbPassword}.
 * A test class may also take an {@link Application} opened on its database.
 */
public final class EmbeddedPostgresExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(
            EmbeddedPostgresExtension.class);
    private static Server server;

    private record Server(String adminUrl, String user, String password) {
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        Server s = server();
        String name = "yjt_" + context.getRequiredTestClass().getSimpleName().toLowerCase(Locale.ROOT) + "_"
                + UUID.randomUUID().toString().substring(0, 8);
        execute(s, "create database " + name);
        context.getStore(NAMESPACE).put("db", new TestDatabase(withDatabase(s.adminUrl(), name), s.user(), s.password()));
        context.getStore(NAMESPACE).put("name", name);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Application app = context.getStore(NAMESPACE).remove("app", Application.class);
        if (app != null) {
            app.close();
        }
        String name = context.getStore(NAMESPACE).get("name", String.class);
        if (name != null) {
            execute(server(), "drop database if exists " + name + " with (force)");
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == TestDatabase.class || type == Application.class;
    }

    /** A TestDatabase, or the Application opened on it: once per test class, closed before the database is dropped. */
    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        ExtensionContext.Store store = context.getStore(NAMESPACE);
        TestDatabase db = store.get("db", TestDatabase.class);
        if (parameter.getParameter().getType() == TestDatabase.class) {
            return db;
        }
        return store.getOrComputeIfAbsent("app", key -> Application.open(db.config()), Application.class);
    }

    private static synchronized Server server() {
        if (server == null) {
            String url = setting("yjinspect.test.dbUrl", "YJINSPECT_TEST_DB_URL");
            if (url != null && !url.isBlank()) {
                System.out.println("repository tests run against the external PostgreSQL at " + url);
                server = new Server(url, setting("yjinspect.test.dbUser", "YJINSPECT_TEST_DB_USER"),
                        setting("yjinspect.test.dbPassword", "YJINSPECT_TEST_DB_PASSWORD"));
            } else {
                try {
                    EmbeddedPostgres pg = EmbeddedPostgres.start();
                    server = new Server(pg.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
                } catch (IOException e) {
                    throw new UncheckedIOException("could not start the embedded PostgreSQL for tests", e);
                }
            }
        }
        return server;
    }

    private static String setting(String property, String environment) {
        String value = System.getProperty(property);
        return value != null ? value : System.getenv(environment);
    }

    /** Swaps the database name in a jdbc:postgresql://host:port/name?options URL. */
    static String withDatabase(String url, String database) {
        return url.replaceFirst("^(jdbc:postgresql://[^/]+/)[^?]*", "$1" + database);
    }

    private static void execute(Server s, String sql) {
        try (Connection c = DriverManager.getConnection(s.adminUrl(), s.user(), s.password());
             Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("test database setup failed: " + sql, e);
        }
    }
}
