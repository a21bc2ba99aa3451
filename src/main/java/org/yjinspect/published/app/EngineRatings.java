package org.yjinspect.published.app;

import java.util.ArrayList;
import java.util.List;
import org.yjinspect.framework.domain.Framework;
import org.yjinspect.published.domain.ImportWarning;
import org.yjinspect.published.domain.PublishedReport;
import org.yjinspect.published.domain.PublishedStandard;
import org.yjinspect.published.domain.WarningKind;
import org.yjinspect.rating.app.InspectionRating;
import org.yjinspect.rating.app.RateInspection;
import org.yjinspect.rating.app.StandardResult;

/**
 * Puts the rating engine's verdict on an imported report, calling the engine once: each
 * case-based standard's computed rating, a warning for each published rating the figures do not
 * give, and, where the engine refuses a recorded panel decision (no discretion trigger holds),
 * the decision is taken off the standard with a warning, so that the report's JSON stays valid
 * rating input. The computed rating stands on a refused standard, so the rest of the verdict is
 * what it would be without that decision.
 */
final class EngineRatings {
    private EngineRatings() {
    }

    static PublishedReport apply(PublishedReport report, Framework framework) {
        InspectionRating rating = new RateInspection(version -> framework)
                .rate(PublishedRatingInput.command(report, framework));
        List<ImportWarning> warnings = new ArrayList<>(report.warnings());
        List<PublishedStandard> standards = new ArrayList<>();
        for (PublishedStandard standard : report.standards()) {
            StandardResult result = result(rating, standard.number());
            PublishedStandard rated = standard.withComputedRating(computed(result));
            if (result.panelRefusal().isPresent()) {
                warnings.add(ImportWarning.of(WarningKind.DISCRETION, "standard " + standard.number()
                        + ": the stated panel discretion does not fit the rules (" + result.panelRefusal().get()
                        + "); it is not recorded"));
                rated = rated.withPanel(null);
            }
            standards.add(rated);
        }
        rating.allStandards().forEach(s -> s.publishedDifference().ifPresent(d -> warnings.add(ImportWarning.of(
                WarningKind.RATING_DIFFERS, "standard " + s.number() + ": " + d))));
        return new PublishedReport(report.source(), report.service(), report.published(), report.fieldwork(),
                report.frameworkVersion(), report.score(), report.maxScore(), report.overallRating(), standards,
                report.cases(), report.oocdDisposalTypes(), report.caseManagerInterviews(), report.recommendations(),
                report.contextualFacts(), report.discretion(), warnings);
    }

    private static StandardResult result(InspectionRating rating, String number) {
        return rating.allStandards().stream().filter(s -> s.number().equals(number)).findFirst().orElseThrow(
                () -> new IllegalStateException("standard " + number + " was fitted to the catalogue but not rated"));
    }

    /** The lowest-key-question rating, for case-based standards rated from figures only. */
    private static org.yjinspect.rating.domain.Rating computed(StandardResult result) {
        return result.standard().caseBased() && !result.keyQuestions().isEmpty()
                ? result.computed().rating().orElse(null) : null;
    }
}
