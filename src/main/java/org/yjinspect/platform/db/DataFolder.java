package org.yjinspect.platform.db;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.yjinspect.platform.problem.Problem;

/**
 * The rule for the embedded database's folder (--data-dir), checked before PostgreSQL is
 * started so that a mistake gets a plain answer instead of a failed start: the folder is a new
 * one (created here), an empty one, or one holding a PostgreSQL database that yjinspect made.
 * A file, a folder that cannot be created or written, or a folder of other files is refused,
 * never initialised over.
 */
final class DataFolder {
    private static final String HINT = "; give --data-dir a folder that does not exist yet (it is created), an empty"
            + " folder, or the folder of an existing yjinspect database";

    private DataFolder() {
    }

    /** Makes sure the folder exists and may hold the database; a {@link Problem} (exit code 2) when not. */
    static void prepare(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        refusal(absolute).ifPresent(reason -> {
            throw Problem.invalid(reason);
        });
        try {
            Files.createDirectories(absolute);
        } catch (AccessDeniedException e) {
            throw Problem.invalid("cannot create the database folder " + absolute + ": permission denied on "
                    + e.getFile() + HINT);
        } catch (FileSystemException e) {
            throw Problem.invalid("cannot create the database folder " + absolute + ": "
                    + (e.getReason() == null ? "the file system refused" : e.getReason()) + HINT);
        } catch (IOException e) {
            throw Problem.invalid("cannot create the database folder " + absolute + HINT);
        }
    }

    /** Why the folder cannot hold the database, or empty when it can. */
    static Optional<String> refusal(Path folder) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            return Optional.of("the database folder " + folder + " is a file, not a folder" + HINT);
        }
        if (!Files.exists(folder)) {
            Path existing = folder.getParent();
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            return existing != null && !Files.isDirectory(existing)
                    ? Optional.of("cannot create the database folder " + folder + ": " + existing + " is a file" + HINT)
                    : Optional.empty();
        }
        if (!Files.isWritable(folder) || !Files.isReadable(folder)) {
            return Optional.of("cannot use the database folder " + folder + ": permission denied" + HINT);
        }
        if (Files.isRegularFile(folder.resolve("PG_VERSION"))) {
            return Optional.empty();
        }
        return otherFile(folder).map(name -> "the folder " + folder + " is not a database folder: it holds other files"
                + " (such as " + name + ") and no PostgreSQL database" + HINT);
    }

    private static Optional<String> otherFile(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).findFirst();
        } catch (IOException e) {
            return Optional.of("files that cannot be listed");
        }
    }
}
