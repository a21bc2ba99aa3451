package org.yjinspect.sampling.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.yjinspect.caseload.domain.CaseRecord;
import org.yjinspect.caseload.domain.CaseTypes;
import org.yjinspect.sampling.app.SampleReport;
import org.yjinspect.sampling.app.StoredSample;
import org.yjinspect.sampling.domain.MarginCheck;
import org.yjinspect.sampling.domain.SampleSizePolicy;
import org.yjinspect.sampling.domain.StratificationVariable;

/** A sample as the API and {@code sample show --json} give it. */
public record SampleJson(long inspectionId, long sampleId, long seed, Rules rules, Instant drawnAt, int revision,
                         boolean allWithinOneCase, List<CaseTypePart> caseTypes,
                         List<StoredSample.ReplacementRecord> replacements) {
    /** The settings the sample was drawn with. */
    public record Rules(int confidencePercent, double marginPoints, int minimum, Integer maximum, int resettlementCap) {
    }

    /** One case type: plan, working, cases and the sample-versus-population table. */
    public record CaseTypePart(String caseType, int eligible, int planned, int sampled, String working,
                               boolean allWithinOneCase, List<CaseLine> cases, List<ComparisonRow> comparison) {
    }

    /** A sampled case and the facts it was stratified on. */
    public record CaseLine(long sampleCaseId, String reference, String selectedBy, String disposalType, String gender,
                           String rosh, String safetyWellbeing, String ethnicity, LocalDate disposalStartDate,
                           String caseManager) {
        static CaseLine of(SampleReport.SampledCaseLine line) {
            CaseRecord c = line.record();
            return new CaseLine(line.sampleCaseId(), line.reference(), line.selectedBy().name().toLowerCase(),
                    c.disposalType().code(), c.gender().code(), c.rosh().code(), c.safetyWellbeing().code(),
                    c.ethnicity().code(), c.disposalStart(), c.caseManager());
        }
    }

    /** One line of the sample-versus-population table. */
    public record ComparisonRow(String variable, String value, int population, double populationPercent, int sample,
                                double samplePercent, double target, boolean withinOneCase) {
        static ComparisonRow of(MarginCheck.Row row) {
            return new ComparisonRow(row.margin().variable().label(), StratificationVariable.labelOf(row.margin().value()),
                    row.populationCount(), round(row.populationPercent()), row.sampleCount(),
                    round(row.samplePercent()), round(row.target()), row.withinOneCase());
        }
    }

    public static SampleJson of(SampleReport report) {
        StoredSample s = report.sample();
        SampleSizePolicy size = s.rules().size();
        Rules rules = new Rules(size.confidencePercent(), size.marginPoints(), size.minimum(),
                size.maximum() == SampleSizePolicy.NO_MAXIMUM ? null : size.maximum(), s.rules().resettlement().cap());
        List<CaseTypePart> parts = report.caseTypes().stream().map(part -> new CaseTypePart(
                CaseTypes.code(part.caseType()), part.eligible(), part.planned(), part.cases().size(),
                working(s, part), part.allWithinOneCase(), part.cases().stream().map(CaseLine::of).toList(),
                part.comparison().rows().stream().map(ComparisonRow::of).toList())).toList();
        return new SampleJson(report.inspection().id(), s.id(), s.seed(), rules, s.drawnAt(), s.revision(),
                report.allWithinOneCase(), parts, s.replacements());
    }

    private static String working(StoredSample s, SampleReport.CaseTypeSample part) {
        return s.plan().stream().filter(p -> p.caseType() == part.caseType()).map(StoredSample.PlanLine::working)
                .findFirst().orElse("");
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
