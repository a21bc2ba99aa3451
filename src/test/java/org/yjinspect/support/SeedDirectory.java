package org.yjinspect.support;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the published seed reports are: the system property {@code yjinspect.seeds}, else the
 * nearest {@code shared/seeds} beside the checkout or one of its parents (the checkout may be
 * cloned anywhere below the shared folder). Report text is read from there, never copied in.
 */
public final class SeedDirectory {
    private SeedDirectory() {
    }

    public static Path find() {
        String configured = System.getProperty("yjinspect.seeds");
        if (configured != null) {
            return existing(Path.of(configured));
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared").resolve("seeds");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return existing(Path.of("../shared/seeds"));
    }

    private static Path existing(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("seed reports not found at " + dir.toAbsolutePath()
                    + " (set -Dyjinspect.seeds=DIR)");
        }
        return dir;
    }
}
