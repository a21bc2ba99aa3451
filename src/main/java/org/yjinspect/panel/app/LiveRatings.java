package org.yjinspect.panel.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.yjinspect.assessment.app.AssessmentService;
import org.yjinspect.assessment.app.SampleJudgements;
import org.yjinspect.assessment.domain.KeyQuestionTally;
import org.yjinspect.records.app.ConsistentReads;
import org.yjinspect.framework.domain.CaseType;
import org.yjinspect.framework.domain.Framework;
import org.yjinspect.framework.domain.FrameworkVersion;
import org.yjinspect.framework.domain.Standard;
import org.yjinspect.inspection.app.InspectionService;
import org.yjinspect.inspection.domain.Inspection;
import org.yjinspect.organisation.app.OrganisationRecords;
import org.yjinspect.organisation.app.OrganisationService;
import org.yjinspect.rating.app.CaseCounts;
import org.yjinspect.rating.app.InspectionRating;
import org.yjinspect.rating.app.RateInspection;
import org.yjinspect.rating.app.RateInspectionCommand;
import org.yjinspect.rating.app.StandardEntry;
import org.yjinspect.rating.domain.KeyQuestionFigure;
import org.yjinspect.rating.domain.PanelDecision;

/**
 * Use case: an inspection's ratings right now. Case-based standards are tallied from the stored
 * key question judgements ({@link KeyQuestionTally}); qualitative standards take the lead
 * inspector's proposed rating; panel decisions go in as the engine's panel input; the number of
 * sampled cases per type goes in too (no resettlement cases: 4.1 not rated). The engine
 * ({@link RateInspection}) does all the rating, once. A stored panel decision the engine now
 * refuses (the figures moved since it was made) comes back refused on its standard, the
 * computed rating standing, and {@link LiveRating#refusedDecisions()} lists it, not hidden.
 */
public final class LiveRatings {
    private final InspectionService inspections;
    private final Function<FrameworkVersion, Framework> frameworks;
    private final AssessmentService assessments;
    private final OrganisationService organisation;
    private final PanelDecisions panel;
    private final ConsistentReads reads;

    public LiveRatings(InspectionService inspections, Function<FrameworkVersion, Framework> frameworks,
                       AssessmentService assessments, OrganisationService organisation, PanelDecisions panel,
                       ConsistentReads reads) {
        this.inspections = inspections;
        this.frameworks = frameworks;
        this.assessments = assessments;
        this.organisation = organisation;
        this.panel = panel;
        this.reads = reads;
    }

    public LiveRating rate(long inspectionId) {
        return rate(inspectionId, Optional.empty());
    }

    /** The ratings as they would be with {@code candidate} recorded for its standard. */
    LiveRating rate(long inspectionId, Optional<PanelDecisions.Decision> candidate) {
        return reads.read(() -> {
            Inspection inspection = inspections.get(inspectionId);
            Framework framework = frameworks.apply(inspection.frameworkVersion());
            SampleJudgements judgements = assessments.judgements(inspectionId);
            Map<String, OrganisationRecords.ProposedRating> proposed = organisation.proposedRatings(inspectionId);
            Map<String, PanelDecisions.Decision> decisions = new LinkedHashMap<>(panel.decisions(inspectionId));
            candidate.ifPresent(c -> decisions.put(c.standardNumber(), c));
            InspectionRating rating = new RateInspection(frameworks).rate(command(inspection, framework, judgements,
                    proposed, decisions));
            return new LiveRating(inspection, rating, judgements, proposed, decisions);
        });
    }

    private static RateInspectionCommand command(Inspection inspection, Framework framework, SampleJudgements judgements,
                                                 Map<String, OrganisationRecords.ProposedRating> proposed,
                                                 Map<String, PanelDecisions.Decision> decisions) {
        List<StandardEntry> entries = new ArrayList<>();
        for (Standard standard : framework.standards()) {
            Optional<PanelDecision> decision = Optional.ofNullable(decisions.get(standard.number()))
                    .map(d -> new PanelDecision(d.rating(), d.rationale()));
            if (standard.caseBased()) {
                List<KeyQuestionFigure> figures = standard.keyQuestions().stream()
                        .map(kq -> KeyQuestionTally.tally(kq.text(), judgements.of(kq.id()))).toList();
                entries.add(new StandardEntry(standard.number(), figures, Optional.empty(), decision));
            } else {
                entries.add(new StandardEntry(standard.number(), List.of(), Optional.ofNullable(proposed.get(
                        standard.number())).map(OrganisationRecords.ProposedRating::rating), decision));
            }
        }
        CaseCounts cases = new CaseCounts(judgements.cases(CaseType.COURT_DISPOSAL),
                judgements.cases(CaseType.OUT_OF_COURT_DISPOSAL), judgements.cases(CaseType.RESETTLEMENT));
        return new RateInspectionCommand(inspection.details().serviceName(), inspection.frameworkVersion(), entries,
                cases, Optional.empty(), Optional.empty());
    }
}
