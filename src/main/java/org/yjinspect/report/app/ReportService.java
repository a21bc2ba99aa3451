package org.yjinspect.report.app;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;
import org.yjinspect.assessment.app.AssessmentService;
import org.yjinspect.framework.domain.Framework;
import org.yjinspect.framework.domain.FrameworkVersion;
import org.yjinspect.inspection.domain.InspectionDetails;
import org.yjinspect.organisation.app.OrganisationService;
import org.yjinspect.organisation.app.OrganisationView;
import org.yjinspect.panel.app.PanelService;
import org.yjinspect.panel.app.PanelView;
import org.yjinspect.report.domain.DomainChapter;
import org.yjinspect.report.domain.DraftMarkPolicy;
import org.yjinspect.report.domain.InspectionReport;
import org.yjinspect.report.domain.RatingsSummary;
import org.yjinspect.report.domain.StandardData;
import org.yjinspect.sampling.app.SampleService;
import org.yjinspect.secondreading.app.AgreementView;

/**
 * Use case: the report of an inspection as it stands now, assembled from the live ratings and the
 * panel's decisions, the case assessments (key question and prompt figures, good practice
 * examples), the qualitative evidence, the sample and what was entered for the report. Reads only.
 */
public final class ReportService {
    private final PanelService panel;
    private final AssessmentService assessments;
    private final OrganisationService organisation;
    private final SampleService samples;
    private final Function<FrameworkVersion, Framework> frameworks;
    private final ReportInputs inputs;
    private final LongFunction<AgreementView> secondReadings;

    public ReportService(PanelService panel, AssessmentService assessments, OrganisationService organisation,
                         SampleService samples, Function<FrameworkVersion, Framework> frameworks, ReportInputs inputs) {
        this(panel, assessments, organisation, samples, frameworks, inputs, id -> null);
    }

    /** {@code secondReadings}: the paired answers of the cases whose two readings are both submitted. */
    public ReportService(PanelService panel, AssessmentService assessments, OrganisationService organisation,
                         SampleService samples, Function<FrameworkVersion, Framework> frameworks, ReportInputs inputs,
                         LongFunction<AgreementView> secondReadings) {
        this.secondReadings = secondReadings;
        this.panel = panel;
        this.assessments = assessments;
        this.organisation = organisation;
        this.samples = samples;
        this.frameworks = frameworks;
        this.inputs = inputs;
    }

    public InspectionReport report(long inspectionId) {
        PanelView view = panel.show(inspectionId);
        InspectionDetails details = view.live().inspection().details();
        Framework framework = frameworks.apply(details.frameworkVersion());
        boolean published = view.state().publishedAt() != null;
        InspectionReport.Title title = new InspectionReport.Title(inspectionId, details.serviceName(),
                details.kind().label(), details.frameworkVersion().label(), details.fieldworkStart(),
                details.fieldworkEnd(), DraftMarkPolicy.decide(Optional.ofNullable(view.state().publishedAt())));
        RatingsSummary ratings = RatingsAssembly.summary(view, framework, published);
        CaseFigures cases = CaseFigures.read(assessments, inspectionId);
        OrganisationView evidence = organisation.show(inspectionId);
        List<DomainChapter> chapters = ChapterAssembly.chapters(framework, view, ratings, cases, evidence);
        List<StandardData> data = DataAnnexe.standards(framework, cases);
        return new InspectionReport(title, ratings, inputs.of(inspectionId), chapters,
                MethodologyAssembly.methodology(details, samples, inspectionId, evidence,
                        SecondReadingAnnexe.of(secondReadings, inspectionId)), data);
    }
}
