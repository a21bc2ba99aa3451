package org.yjinspect.published.app;

import java.util.Optional;
import java.util.function.Function;
import org.yjinspect.framework.domain.Framework;
import org.yjinspect.framework.domain.FrameworkVersion;
import org.yjinspect.published.domain.PublishedReport;
import org.yjinspect.rating.app.InspectionRating;
import org.yjinspect.rating.app.RateInspection;

/**
 * Use case: read a published report's text as it is given (pasted into a page) and re-rate it,
 * as {@code yjinspect import-report} then {@code yjinspect rate} would. Nothing is stored.
 */
public final class ReadPublishedReport {
    /** The longest text taken: a report converted from its PDF is some 50 to 150 thousand characters. */
    public static final int LONGEST_TEXT = 1_000_000;
    private final Function<FrameworkVersion, Optional<Framework>> catalogue;
    private final ImportPublishedReport importer;

    /** What was read: the report (with its warnings), and the engine's ratings page when its framework is known. */
    public record Reading(PublishedReport report, Optional<InspectionRating> reRating) {
    }

    public ReadPublishedReport(Function<FrameworkVersion, Optional<Framework>> catalogue) {
        this.catalogue = catalogue;
        this.importer = new ImportPublishedReport(catalogue);
    }

    /** Reads {@code text}; a text that is no report at all is refused with {@link ReportImportException}. */
    public Reading read(String source, String text) {
        PublishedReport report = importer.importText(source, text);
        Optional<InspectionRating> rating = catalogue.apply(report.frameworkVersion()).map(framework ->
                new RateInspection(version -> framework).rate(PublishedRatingInput.command(report, framework)));
        return new Reading(report, rating);
    }
}
