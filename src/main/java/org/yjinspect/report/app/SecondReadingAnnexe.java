package org.yjinspect.report.app;

import java.util.Locale;
import java.util.function.LongFunction;
import org.yjinspect.agreement.domain.AgreementBreakdown;
import org.yjinspect.agreement.domain.AgreementFigures;
import org.yjinspect.agreement.domain.Estimate;
import org.yjinspect.agreement.domain.SecondReadItem;
import org.yjinspect.report.domain.ReportMethodology;
import org.yjinspect.secondreading.app.AgreementView;

/**
 * Annexe 1's paragraph on second reading, from the cases whose two readings are both submitted
 * (so the blind rule holds whoever reads the report): how many there are, and agreement at
 * key-question level, the level that drives the ratings.
 */
final class SecondReadingAnnexe {
    private SecondReadingAnnexe() {
    }

    static ReportMethodology.SecondReading of(LongFunction<AgreementView> submitted, long inspectionId) {
        AgreementView view = submitted.apply(inspectionId);
        if (view == null || view.cases() == 0) {
            return ReportMethodology.SecondReading.NONE;
        }
        AgreementFigures f = AgreementBreakdown.of(view.items()).level(SecondReadItem.Level.KEY_QUESTION).figures();
        return new ReportMethodology.SecondReading(view.cases(), f.n(), percent(f.observed()), coefficient(f.kappa()),
                coefficient(f.ac1()), f.kappaMisleads() ? f.kappaParadox().reason() : null);
    }

    private static String percent(Estimate e) {
        return !e.computed() ? "not worked out" : String.format(Locale.ROOT, "%.0f%%", e.value() * 100)
                + (e.hasInterval() ? String.format(Locale.ROOT, " (95%% confidence interval %.0f%% to %.0f%%)",
                e.lower() * 100, e.upper() * 100) : "");
    }

    private static String coefficient(Estimate e) {
        return !e.computed() ? "not worked out" : String.format(Locale.ROOT, "%.2f", e.value() + 0.0)
                + (e.hasInterval() ? String.format(Locale.ROOT, " (95%% confidence interval %.2f to %.2f)",
                e.lower() + 0.0, e.upper() + 0.0) : "");
    }
}
