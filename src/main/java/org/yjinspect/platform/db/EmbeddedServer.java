package org.yjinspect.platform.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.yjinspect.platform.problem.Problem;

/**
 * Starts the embedded PostgreSQL on a persistent data directory. zonky starts PostgreSQL with
 * fsync and synchronous commit off, which suits throwaway test databases but could lose an
 * inspection's data in a power cut, so both are switched back on here.
 */
final class EmbeddedServer {
    private EmbeddedServer() {
    }

    static EmbeddedPostgres start(Path dataDirectory) {
        try {
            DataFolder.prepare(dataDirectory);
            OrphanedServer.stopIfAny(dataDirectory);
            return EmbeddedPostgres.builder()
                    .setPgBinaryResolver(new PostgresBinaries())
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("listen_addresses", "localhost")
                    .start();
        } catch (Problem problem) {
            throw problem;
        } catch (IOException | RuntimeException e) {
            if (Files.exists(dataDirectory.resolve("postmaster.pid"))) {
                throw Problem.conflict("the database in " + dataDirectory + " is in use by another yjinspect"
                        + " process (for example yjinspect serve). Stop it, run the command against the server"
                        + " with --db-url, or choose another --data-dir.");
            }
            throw new UncheckedIOException("could not start the embedded PostgreSQL in " + dataDirectory,
                    e instanceof IOException io ? io : new IOException(e));
        }
    }
}
