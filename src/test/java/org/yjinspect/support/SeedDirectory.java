package org.yjinspect.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.opentest4j.TestAbortedException;

/**
 * Where the published seed reports are: the system property {@code yjinspect.seeds}, else the
 * nearest {@code shared/seeds} beside the checkout or one of its parents (the checkout may be
 * cloned anywhere below the shared folder). Report text is read from there, never copied in.
 *
 * <p>A fresh clone has no seeds beside it, so the tests that read them ({@link NeedsSeeds}) are
 * skipped there; CI sets {@code yjinspect.seeds.required=true} (or {@code CI=true}), which makes
 * missing seeds a failure, so CI never skips them.
 */
public final class SeedDirectory {
    public static final String PROPERTY = "yjinspect.seeds";
    public static final String REQUIRED_PROPERTY = "yjinspect.seeds.required";

    private SeedDirectory() {
    }

    /** The seed folder, or a skip (a failure when seeds are required) naming where it was looked for. */
    public static Path find() {
        Optional<Path> dir = locate();
        if (dir.isPresent()) {
            return dir.get();
        }
        if (required()) {
            throw new IllegalStateException(missing());
        }
        throw new TestAbortedException(missing());
    }

    /** The seed folder if there is one. */
    public static Optional<Path> locate() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured)).filter(Files::isDirectory);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared").resolve("seeds");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Seeds are required when {@code -Dyjinspect.seeds.required=true}, or on CI ({@code CI=true}) unless that property says false. */
    public static boolean required() {
        String property = System.getProperty(REQUIRED_PROPERTY);
        if (property != null && !property.isBlank()) {
            return Boolean.parseBoolean(property.strip());
        }
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** That the seeds are missing, where they were looked for, and how to point the tests at them. */
    public static String missing() {
        return "seed reports not found " + searched() + "; give the folder of the published report texts with -D"
                + PROPERTY + "=DIR";
    }

    /** Where the seeds were looked for. */
    public static String searched() {
        String configured = System.getProperty(PROPERTY);
        return configured != null && !configured.isBlank()
                ? "at " + Path.of(configured).toAbsolutePath() + " (-D" + PROPERTY + ")"
                : "in ../shared/seeds beside " + Path.of("").toAbsolutePath() + " or any folder above it";
    }
}
