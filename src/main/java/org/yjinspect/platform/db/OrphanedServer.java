package org.yjinspect.platform.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL runs as its own process. If the yjinspect process that started it is
 * killed outright (kill -9, an out-of-memory kill), PostgreSQL keeps running on its own and keeps
 * the data directory, so the next start would be refused as "in use". Such an orphaned server is
 * recognised by three things: {@code postmaster.pid} names a live postgres process, no live
 * yjinspect holds the data directory's lock file, and that process serves this directory. It is
 * then asked to shut down (SIGTERM, as PostgreSQL's own tools do), and the start goes ahead.
 */
final class OrphanedServer {
    private static final Logger LOG = LoggerFactory.getLogger(OrphanedServer.class);
    /** The lock file zonky's EmbeddedPostgres holds for as long as the yjinspect using the directory lives. */
    private static final String OWNER_LOCK = "epg-lock";

    private OrphanedServer() {
    }

    static void stopIfAny(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile) || ownedByALiveProcess(dataDirectory)) {
            return;
        }
        Optional<ProcessHandle> postmaster = postmaster(pidFile, dataDirectory);
        if (postmaster.isEmpty()) {
            return;
        }
        LOG.warn("stopping the PostgreSQL server (pid {}) left running in {} by a yjinspect that ended abruptly",
                postmaster.get().pid(), dataDirectory);
        // SIGTERM is PostgreSQL's "smart" shutdown: with its clients gone (they died with the
        // yjinspect process) it checkpoints and exits; committed data is kept, nothing half-done survives.
        postmaster.get().destroy();
        try {
            postmaster.get().onExit().get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            LOG.warn("the orphaned PostgreSQL server in {} did not stop within 60 seconds", dataDirectory);
        }
    }

    /** True while a live process (another yjinspect, or this one) holds the directory's lock file. */
    private static boolean ownedByALiveProcess(Path dataDirectory) {
        Path lock = dataDirectory.resolve(OWNER_LOCK);
        if (!Files.exists(lock)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE)) {
            FileLock held = channel.tryLock();
            if (held == null) {
                return true;
            }
            held.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return true;
        }
    }

    /** The live postgres process named by postmaster.pid, if it serves this directory. */
    private static Optional<ProcessHandle> postmaster(Path pidFile, Path dataDirectory) {
        try {
            List<String> lines = Files.readAllLines(pidFile);
            long pid = Long.parseLong(lines.get(0).strip());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(p -> {
                String command = p.info().command().orElse("");
                List<String> arguments = List.of(p.info().arguments().orElse(new String[0]));
                return Path.of(command).getFileName() != null
                        && Path.of(command).getFileName().toString().matches("postgres(\\.exe)?")
                        && (arguments.isEmpty() || arguments.contains(dataDirectory.toString()));
            });
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
