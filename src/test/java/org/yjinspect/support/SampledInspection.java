package org.yjinspect.support;

import java.util.List;
import java.util.function.Predicate;
import org.yjinspect.Application;
import org.yjinspect.assessment.domain.AssessedCase;
import org.yjinspect.assessment.app.CaseViews;
import org.yjinspect.framework.domain.CaseType;
import org.yjinspect.inspection.domain.Inspection;
import org.yjinspect.sampling.app.DrawSampleCommand;

/** An inspection with a made-up caseload and a drawn sample, ready for case assessments. */
public record SampledInspection(Inspection inspection, List<AssessedCase> cases) {
    public static SampledInspection create(Application app, String version, long seed, int rows) {
        return create(app, version, seed, rows, null, null);
    }

    /** With the court sample capped at {@code maximum} and at most {@code resettlementCap} resettlement cases. */
    public static SampledInspection create(Application app, String version, long seed, int rows, Integer maximum,
                                           Integer resettlementCap) {
        Inspection inspection = Fixtures.createInspection(app, version);
        Fixtures.importCsv(app, inspection.id(), Fixtures.csv(Fixtures.caseload(seed, rows)), false);
        app.samples().draw(new DrawSampleCommand(inspection.id(), seed, null, null, null, maximum, resettlementCap,
                Fixtures.SET_UP));
        List<AssessedCase> cases = app.assessments().list(inspection.id()).stream()
                .map(CaseViews.CaseSummary::assessedCase).toList();
        return new SampledInspection(inspection, cases);
    }

    public long id() {
        return inspection.id();
    }

    public AssessedCase first(CaseType type) {
        return first(c -> c.caseType() == type);
    }

    public AssessedCase first(Predicate<AssessedCase> wanted) {
        return cases.stream().filter(wanted).findFirst().orElseThrow(() ->
                new IllegalStateException("the sample has no such case; choose another seed"));
    }

    public List<AssessedCase> ofType(CaseType type) {
        return cases.stream().filter(c -> c.caseType() == type).toList();
    }
}
