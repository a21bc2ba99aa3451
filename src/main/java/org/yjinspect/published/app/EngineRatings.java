package org.yjinspect.published.app;

import java.util.ArrayList;
import java.util.List;
import org.yjinspect.published.domain.ImportWarning;
import org.yjinspect.published.domain.PublishedReport;
import org.yjinspect.published.domain.PublishedStandard;
import org.yjinspect.published.domain.WarningKind;

/**
 * Puts the rating engine's verdict on an imported report: each standard's computed rating, a
 * warning for each published rating the figures do not give, and, where the engine refuses a
 * recorded panel decision (no discretion trigger holds), the decision is taken off the
 * standard so that the report stays valid rating input.
 */
final class EngineRatings {
    private EngineRatings() {
    }

    static PublishedReport apply(PublishedReport report, RatingsCheck engine) {
        RatingsCheck.Outcome outcome = engine.rate(report);
        List<ImportWarning> warnings = new ArrayList<>(report.warnings());
        if (outcome.failure() != null) {
            warnings.add(ImportWarning.of(WarningKind.ENGINE, "the rating engine could not rate the imported figures: "
                    + outcome.failure()));
        }
        List<PublishedStandard> standards = new ArrayList<>();
        for (PublishedStandard standard : report.standards()) {
            PublishedStandard rated = standard.withComputedRating(outcome.computed().get(standard.number()));
            String refused = outcome.refusedPanels().get(standard.number());
            if (refused != null) {
                warnings.add(ImportWarning.of(WarningKind.DISCRETION, "standard " + standard.number()
                        + ": the stated panel discretion does not fit the rules (" + refused + "); it is not recorded"));
                rated = rated.withPanel(null);
            }
            standards.add(rated);
        }
        outcome.differenceMessages().forEach(m -> warnings.add(ImportWarning.of(WarningKind.RATING_DIFFERS, m)));
        return new PublishedReport(report.source(), report.service(), report.published(), report.fieldwork(),
                report.frameworkVersion(), report.score(), report.maxScore(), report.overallRating(), standards,
                report.cases(), report.oocdDisposalTypes(), report.caseManagerInterviews(), report.recommendations(),
                report.contextualFacts(), report.discretion(), warnings);
    }
}
