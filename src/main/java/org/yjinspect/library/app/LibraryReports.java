package org.yjinspect.library.app;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.yjinspect.framework.domain.Framework;
import org.yjinspect.framework.domain.FrameworkVersion;
import org.yjinspect.library.domain.LibraryFigures;
import org.yjinspect.library.domain.LibraryInspection;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.published.app.ImportPublishedReport;
import org.yjinspect.published.app.ImportPublishedReportCommand;
import org.yjinspect.published.app.PublishedInspections;
import org.yjinspect.published.app.ReportImportException;
import org.yjinspect.published.domain.PublishedReport;

/**
 * Where the library's inspections come from: a report file read by the importer (text, or PDF
 * where the importer reads PDFs), or the figures of published inspections the project holds.
 * A file that cannot be imported, or whose report lacks its service or month of publication, is
 * an invalid-input problem naming the file.
 */
public final class LibraryReports {
    private final ImportPublishedReport importer;
    private final Function<FrameworkVersion, Optional<Framework>> catalogue;

    public LibraryReports(Function<FrameworkVersion, Optional<Framework>> catalogue) {
        this.importer = new ImportPublishedReport(catalogue);
        this.catalogue = catalogue;
    }

    /** Imports the report in {@code file}; {@code shownAs} names it in messages (the file as given or uploaded). */
    public LibraryInspection read(Path file, String shownAs) {
        PublishedReport report;
        try {
            report = importer.importFile(new ImportPublishedReportCommand(file));
        } catch (ReportImportException e) {
            String message = e.getMessage();
            throw Problem.invalid(message.startsWith(file.toString()) ? shownAs + message.substring(
                    file.toString().length()) : shownAs + ": " + message);
        }
        return LibraryFigures.fromReport(report, catalogue.apply(report.frameworkVersion()))
                .orElseThrow(() -> Problem.invalid(shownAs + ": the report's " + (report.service() == null
                        ? "service" : "month of publication") + " could not be read, so it cannot be told apart in"
                        + " the library (the library keeps one inspection per service and month)"));
    }

    /**
     * Imports an uploaded report: its bytes go to a file of its own, readable by its owner only,
     * named as uploaded (letters, digits, dots, hyphens; "report.pdf" or "report.txt" by its first
     * bytes when no usable name is given), deleted once read.
     */
    public LibraryInspection read(byte[] content, String uploadedName) {
        Problem.require(content != null && content.length > 0, "the report is empty: send the report file's bytes"
                + " (text or PDF) as the body");
        String name = UploadName.of(uploadedName, content);
        Path folder = null;
        try {
            folder = java.nio.file.Files.createTempDirectory("yjinspect-library-");
            Path file = java.nio.file.Files.write(folder.resolve(name), content);
            return read(file, name);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("could not keep the uploaded report to read it", e);
        } finally {
            UploadName.delete(folder, name);
        }
    }

    /** The published inspections whose figures the project holds, as the library keeps them. */
    public List<LibraryInspection> held() {
        PublishedInspections inspections = new PublishedInspections(PublishedInspections.HELD,
                version -> catalogue.apply(version).orElseThrow(() -> new IllegalStateException("no catalogue for "
                        + version)));
        return inspections.all().stream().map(p -> LibraryFigures.fromHeld(p.figures(),
                catalogue.apply(p.figures().frameworkVersion()).orElseThrow(() -> new IllegalStateException(
                        "no catalogue for " + p.figures().frameworkVersion())), Instant.EPOCH)).toList();
    }
}
