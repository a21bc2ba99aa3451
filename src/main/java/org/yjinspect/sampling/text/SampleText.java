package org.yjinspect.sampling.text;

import java.util.Locale;
import org.yjinspect.caseload.domain.CaseRecord;
import org.yjinspect.caseload.domain.CaseTypes;
import org.yjinspect.sampling.app.SampleReport;
import org.yjinspect.sampling.app.StoredSample;
import org.yjinspect.sampling.domain.MarginCheck;
import org.yjinspect.sampling.domain.SampleSizePolicy;
import org.yjinspect.sampling.domain.StratificationVariable;

/**
 * A sample as plain text for the terminal: how it was drawn, each case type's plan with its
 * working, the sample-versus-population table with the within-one-case check, the cases, and
 * the replacements.
 */
public final class SampleText {
    private SampleText() {
    }

    public static String render(SampleReport report) {
        StoredSample s = report.sample();
        SampleSizePolicy size = s.rules().size();
        StringBuilder out = new StringBuilder();
        out.append("Sample for inspection ").append(report.inspection().id()).append(" (")
                .append(report.inspection().details().serviceName()).append(", framework ")
                .append(report.inspection().frameworkVersion().label()).append(")\n");
        out.append("Drawn ").append(s.drawnAt()).append(" with seed ").append(s.seed()).append("; ")
                .append(size.confidencePercent()).append("% confidence, margin ").append(size.marginPoints())
                .append(" points, resettlement cap ").append(s.rules().resettlement().cap()).append('\n');
        out.append(report.allWithinOneCase() ? "Every margin is within one case of its target.\n"
                : "WARNING: some margins are more than one case from their target (marked !).\n");
        for (SampleReport.CaseTypeSample part : report.caseTypes()) {
            renderPart(out, s, part);
        }
        if (!s.replacements().isEmpty()) {
            out.append("\nReplacements\n");
            s.replacements().forEach(r -> out.append(String.format(Locale.ROOT, "  %s  %s -> %s: %s (%s)%n",
                    r.replacedAt(), r.replacedReference(), r.replacementReference(), r.reason(), r.matchReason())));
        }
        return out.toString();
    }

    private static void renderPart(StringBuilder out, StoredSample s, SampleReport.CaseTypeSample part) {
        out.append("\n").append(CaseTypes.label(part.caseType())).append(": ").append(part.cases().size())
                .append(" sampled of ").append(part.eligible()).append(" eligible\n");
        s.plan().stream().filter(p -> p.caseType() == part.caseType())
                .forEach(p -> out.append("  Working: ").append(p.working()).append('\n'));
        if (part.cases().isEmpty()) {
            return;
        }
        out.append(String.format(Locale.ROOT, "  %-22s %-28s %12s %12s %8s%n", "Variable", "Value", "Population",
                "Sample", "Target"));
        for (MarginCheck.Row row : part.comparison().rows()) {
            out.append(String.format(Locale.ROOT, "  %-22s %-28s %5d %5.1f%% %5d %5.1f%% %8.2f %s%n",
                    row.margin().variable().label(), StratificationVariable.labelOf(row.margin().value()),
                    row.populationCount(), row.populationPercent(), row.sampleCount(), row.samplePercent(),
                    row.target(), row.withinOneCase() ? "" : "!"));
        }
        out.append("  Cases:\n");
        for (SampleReport.SampledCaseLine line : part.cases()) {
            CaseRecord c = line.record();
            out.append(String.format(Locale.ROOT, "    %-14s %-30s %-9s RoSH %-9s S&W %-9s %s%s%n", line.reference(),
                    c.disposalType().label(), c.gender().label(), c.rosh().label(), c.safetyWellbeing().label(),
                    c.caseManager(), line.selectedBy() == StoredSample.SelectedBy.REPLACEMENT ? " (replacement)" : ""));
        }
    }
}
