package org.yjinspect.published.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.yjinspect.framework.domain.Framework;
import org.yjinspect.framework.domain.FrameworkVersion;
import org.yjinspect.framework.domain.Standard;
import org.yjinspect.published.domain.FrameworkVersionPolicy;
import org.yjinspect.published.domain.ImportWarning;
import org.yjinspect.published.domain.PublishedReport;
import org.yjinspect.published.domain.PublishedStandard;
import org.yjinspect.published.domain.WarningKind;
import org.yjinspect.published.parse.ParsedReport;
import org.yjinspect.published.parse.ReportParser;
import org.yjinspect.rules.Ruling;

/**
 * Use case: import a published inspection report. Reads the text, tells the framework version
 * from the content, fits the standards to that version's catalogue, records stated panel
 * discretion, checks that the ratings page adds up and that prompts reconcile, and asks the
 * rating engine ({@code rating.app.RateInspection}, called directly) what the key-question
 * figures give. A report with gaps is imported with
 * warnings; only a file that is not a report at all is refused.
 */
public final class ImportPublishedReport {
    private final Function<FrameworkVersion, Optional<Framework>> catalogue;

    public ImportPublishedReport(Function<FrameworkVersion, Optional<Framework>> catalogue) {
        this.catalogue = catalogue;
    }

    /** Imports a report file; errors name the file as given, the report's {@code source} is its file name. */
    public PublishedReport importFile(ImportPublishedReportCommand command) {
        return importText(command.source(), command.file().toString(), ReportFile.read(command.file()));
    }

    public PublishedReport importText(String source, String text) {
        return importText(source, source, text);
    }

    private PublishedReport importText(String source, String shownAs, String text) {
        ParsedReport parsed;
        try {
            parsed = ReportParser.parse(text);
        } catch (RuntimeException e) {
            throw new ReportImportException(shownAs + ": the text could not be read as a report ("
                    + e.getClass().getSimpleName() + ")", e);
        }
        if (parsed.unsupportedBecause() != null) {
            throw new ReportImportException(shownAs + ": not a supported report: " + parsed.unsupportedBecause());
        }
        if (!parsed.recognised()) {
            throw new ReportImportException(shownAs + ": not an HMIP youth inspection report: "
                    + parsed.notRecognisedBecause());
        }
        List<ImportWarning> warnings = new ArrayList<>(parsed.warnings());
        FrameworkVersion version = version(parsed, warnings);
        Optional<Framework> framework = catalogue.apply(version);
        List<PublishedStandard> standards = parsed.standards();
        if (framework.isPresent()) {
            standards = CatalogueFit.fit(standards, framework.get(), warnings);
        } else {
            warnings.add(ImportWarning.of(WarningKind.CATALOGUE, "the " + version.label() + " framework catalogue is "
                    + "not available: names are as printed and no ratings were computed"));
        }
        standards = DiscretionPanels.apply(standards, parsed.discretion(), warnings);
        ConsistencyChecks.ratingsPage(standards, scored(framework), parsed.score(), parsed.overallRating(),
                parsed.notRated(), warnings);
        ConsistencyChecks.prompts(standards, framework, warnings);
        PublishedReport report = report(source, parsed, version, standards, warnings);
        return framework.isPresent() ? EngineRatings.apply(report, framework.get()) : report;
    }

    private static FrameworkVersion version(ParsedReport parsed, List<ImportWarning> warnings) {
        Ruling<FrameworkVersion> decided = FrameworkVersionPolicy.decide(parsed.versionEvidence());
        if (decided.value() == null) {
            warnings.add(ImportWarning.of(WarningKind.VERSION_UNCERTAIN, "the framework version could not be told ("
                    + decided.reason() + "); the 2021 framework is assumed"));
            return FrameworkVersion.V2021;
        }
        if (decided.reason().startsWith("only circumstantial")) {
            warnings.add(ImportWarning.of(WarningKind.VERSION_UNCERTAIN, "the framework version " + decided.value().label()
                    + " was told from " + decided.reason()));
        }
        return decided.value();
    }

    private static Predicate<String> scored(Optional<Framework> framework) {
        if (framework.isPresent()) {
            List<String> numbers = framework.get().scoredStandards().stream().map(Standard::number).toList();
            return numbers::contains;
        }
        return number -> number.compareTo("1") > 0 && number.compareTo("4") < 0;
    }

    private static PublishedReport report(String source, ParsedReport parsed, FrameworkVersion version,
                                          List<PublishedStandard> standards, List<ImportWarning> warnings) {
        return new PublishedReport(source, parsed.service(), parsed.published(), parsed.fieldwork(), version,
                parsed.score(), parsed.maxScore(), parsed.overallRating(), standards, parsed.cases(),
                parsed.disposalTypes(), parsed.interviews(), parsed.recommendations(), parsed.contextualFacts(),
                parsed.discretion(), warnings);
    }
}
