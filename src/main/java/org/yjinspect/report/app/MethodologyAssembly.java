package org.yjinspect.report.app;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.yjinspect.framework.domain.CaseType;
import org.yjinspect.inspection.domain.InspectionDetails;
import org.yjinspect.organisation.app.OrganisationRecords;
import org.yjinspect.organisation.app.OrganisationView;
import org.yjinspect.organisation.domain.MeetingKind;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.report.domain.ReportMethodology;
import org.yjinspect.sampling.app.SampleReport;
import org.yjinspect.sampling.app.SampleService;
import org.yjinspect.sampling.app.StoredSample;
import org.yjinspect.sampling.domain.StratificationVariable;

/** Annexe 1 from the inspection's set-up, its stored sample, the meetings recorded and the second reading. */
final class MethodologyAssembly {
    private MethodologyAssembly() {
    }

    static ReportMethodology methodology(InspectionDetails details, SampleService samples, long inspectionId,
                                         OrganisationView evidence, ReportMethodology.SecondReading secondReading) {
        List<ReportMethodology.WindowLine> windows = new ArrayList<>();
        for (CaseType type : CaseType.values()) {
            windows.add(new ReportMethodology.WindowLine(words(type),
                    details.windows().forType(type).describe(details.announcementDate())));
        }
        return new ReportMethodology(windows, sample(samples, inspectionId), meetings(evidence), secondReading);
    }

    private static Optional<ReportMethodology.SampleMethod> sample(SampleService samples, long inspectionId) {
        SampleReport report;
        try {
            report = samples.show(inspectionId);
        } catch (Problem noSample) {
            // The sample service answers "no sample drawn" as not found; the annexe says so instead.
            if (noSample.kind() == Problem.Kind.NOT_FOUND) {
                return Optional.empty();
            }
            throw noSample;
        }
        StoredSample sample = report.sample();
        List<ReportMethodology.SampleLine> lines = new ArrayList<>();
        for (StoredSample.PlanLine plan : sample.plan()) {
            int now = (int) sample.selected().stream().filter(c -> c.caseType() == plan.caseType()).count();
            lines.add(new ReportMethodology.SampleLine(words(plan.caseType()), plan.eligible(), plan.size(), now,
                    plan.working()));
        }
        List<String> variables = java.util.Arrays.stream(StratificationVariable.values())
                .map(v -> v.label().toLowerCase(Locale.ROOT)).toList();
        variables = List.of(String.join(", ", variables.subList(0, variables.size() - 1)) + " and "
                + variables.get(variables.size() - 1));
        List<ReportMethodology.ReplacementLine> replacements = sample.replacements().stream()
                .map(r -> new ReportMethodology.ReplacementLine(r.replacedReference(), r.replacementReference(),
                        r.reason())).toList();
        return Optional.of(new ReportMethodology.SampleMethod(sample.rules().size().confidencePercent(),
                sample.rules().size().marginPoints(), lines, variables, replacements));
    }

    private static List<ReportMethodology.MeetingCount> meetings(OrganisationView evidence) {
        Map<MeetingKind, int[]> counts = new EnumMap<>(MeetingKind.class);
        for (OrganisationRecords.MeetingLine line : evidence.meetings()) {
            if (!line.removed()) {
                int[] c = counts.computeIfAbsent(line.meeting().kind(), k -> new int[2]);
                c[0]++;
                c[1] += line.meeting().participants();
            }
        }
        List<ReportMethodology.MeetingCount> rows = new ArrayList<>();
        counts.forEach((kind, c) -> rows.add(new ReportMethodology.MeetingCount(
                kind.name().toLowerCase(Locale.ROOT).replace('_', ' ') + (c[0] == 1 ? "" : "s"), c[0], c[1])));
        return rows;
    }

    static String words(CaseType type) {
        return switch (type) {
            case COURT_DISPOSAL -> "Court disposals";
            case OUT_OF_COURT_DISPOSAL -> "Out-of-court disposals";
            case RESETTLEMENT -> "Resettlement";
        };
    }
}
