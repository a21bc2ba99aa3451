package org.yjinspect.framework.resource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.yjinspect.framework.domain.FrameworkVersion;
import org.yjinspect.support.SeedDirectory;

/**
 * One of the published reports under {@code ../shared/seeds} (system property {@code yjinspect.seeds}),
 * with the framework version its content shows. Test code only: report text never enters the project.
 */
record SeedReport(Path file, FrameworkVersion version, List<String> lines) {
    private static final Pattern JOINT_WORKING = Pattern.compile("3\\.4\\.?\\s+Joint working");
    private static final Pattern POLICY_AND_PROVISION =
            Pattern.compile("3\\.4\\.?\\s+Out-of-court disposal policy and provision");

    static Path directory() {
        return SeedDirectory.find();
    }

    static List<SeedReport> all() {
        try (Stream<Path> files = Files.list(directory())) {
            List<SeedReport> seeds = files.filter(f -> f.getFileName().toString().endsWith(".txt"))
                    .sorted().map(SeedReport::read).toList();
            if (seeds.isEmpty()) {
                throw new IllegalStateException("no seed reports (*.txt) in " + directory().toAbsolutePath());
            }
            return seeds;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<SeedReport> of(FrameworkVersion version) {
        return all().stream().filter(s -> s.version() == version).toList();
    }

    private static SeedReport read(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return new SeedReport(file, versionShownBy(file, text), text.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 2018 framework has 3.4 Joint working; the 2021 refresh made 3.4 policy and provision. */
    private static FrameworkVersion versionShownBy(Path file, String text) {
        boolean jointWorking = JOINT_WORKING.matcher(text).find();
        boolean policyAndProvision = POLICY_AND_PROVISION.matcher(text).find();
        if (jointWorking == policyAndProvision) {
            throw new IllegalStateException(file + ": cannot tell the framework version from standard 3.4");
        }
        return jointWorking ? FrameworkVersion.V2018 : FrameworkVersion.V2021;
    }

    String name() {
        return file.getFileName().toString();
    }

    List<PrintedRow> dataRows() {
        return PrintedTables.rows(lines);
    }
}
