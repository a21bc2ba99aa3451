package org.yjinspect.panel.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.yjinspect.assessment.app.AssessmentService;
import org.yjinspect.assessment.domain.AssessmentStatus;
import org.yjinspect.framework.domain.CaseType;
import org.yjinspect.panel.domain.PublicationPolicy;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.platform.problem.SafeText;
import org.yjinspect.records.app.RecordWrites;
import org.yjinspect.records.app.StaleRecord;
import org.yjinspect.rating.app.StandardResult;
import org.yjinspect.rating.domain.Rating;
import org.yjinspect.rating.domain.TriggerFinding;

/** The ratings panel: see each standard, record decisions (the engine checks them), publish. */
public final class PanelService {
    private final LiveRatings ratings;
    private final AssessmentService assessments;
    private final PanelDecisions decisions;
    private final RecordWrites writes;

    public PanelService(LiveRatings ratings, AssessmentService assessments, PanelDecisions decisions,
                        RecordWrites writes) {
        this.ratings = ratings;
        this.assessments = assessments;
        this.decisions = decisions;
        this.writes = writes;
    }

    public PanelView show(long inspectionId) {
        LiveRating live = ratings.rate(inspectionId);
        return new PanelView(live, lines(live), decisions.state(inspectionId), readiness(live));
    }

    /** The inspection's revision and, once published, when and by whom: a cheap read, without rating. */
    public PanelDecisions.InspectionState state(long inspectionId) {
        return decisions.state(inspectionId);
    }

    /** Records the panel's decision for a standard if the rating engine accepts it for the current figures. */
    public PanelDecisions.Decision decide(DecideCommand command) {
        long inspectionId = command.inspectionId();
        String standardNumber = command.standardNumber();
        Rating rating = command.rating();
        String rationale = command.rationale();
        LiveRating now = ratings.rate(inspectionId);
        Problem.require(standards(now).anyMatch(s -> s.number().equals(standardNumber)), "there is no standard "
                + SafeText.shown(standardNumber) + " in the " + now.inspection().frameworkVersion().label() + " framework");
        LiveRating trial = ratings.rate(inspectionId, Optional.of(new PanelDecisions.Decision(standardNumber, rating,
                rationale, 0, command.actor().name(), null)));
        if (trial.refusedDecisions().containsKey(standardNumber)) {
            throw Problem.invalid(trial.refusedDecisions().get(standardNumber));
        }
        return decisions.decide(inspectionId, command.baseRevision(), command.actor(), standardNumber, rating, rationale);
    }

    /**
     * Publishes and locks the inspection, if the panel has finished (else says what is outstanding).
     * Decided and written with every other write to the inspection held off, so what is checked is
     * what is published.
     */
    public PanelDecisions.Publication publish(PublishCommand command) {
        long inspectionId = command.inspectionId();
        return writes.exclusively(inspectionId, command.actor(), () -> {
            PanelDecisions.InspectionState before = decisions.state(inspectionId);
            if (before.revision() != command.baseRevision()) {
                throw new StaleRecord("inspection " + inspectionId + " changed since revision "
                        + command.baseRevision() + " (now revision " + before.revision() + "); look at the ratings"
                        + " again before publishing", before);
            }
            LiveRating live = ratings.rate(inspectionId);
            PublicationPolicy.Readiness readiness = readiness(live);
            if (!readiness.ready()) {
                throw Problem.conflict("inspection " + inspectionId + " cannot be published yet: "
                        + String.join("; ", readiness.outstanding()));
            }
            return decisions.markPublished(inspectionId, command.actor(), summary(live));
        });
    }

    private PublicationPolicy.Readiness readiness(LiveRating live) {
        long id = live.inspection().id();
        List<String> notAccepted = assessments.list(id).stream()
                .filter(c -> c.assessedCase().selected() && c.assessed()
                        && c.status().status() != AssessmentStatus.ACCEPTED)
                .map(c -> c.assessedCase().reference()).toList();
        boolean resettlementRated = live.judgements().cases(CaseType.RESETTLEMENT) > 0;
        List<StandardResult> needed = standards(live)
                .filter(s -> s.standard().scored() || resettlementRated).toList();
        List<String> unrated = needed.stream().filter(s -> s.finalRating().isEmpty()).map(StandardResult::number).toList();
        List<String> undecided = needed.stream().filter(s -> s.computed().rated()
                && !live.decisions().containsKey(s.number())).map(StandardResult::number).toList();
        int sampled = live.judgements().sampledCases().values().stream().mapToInt(Integer::intValue).sum();
        return PublicationPolicy.check(new PublicationPolicy.Facts(sampled, notAccepted, unrated, undecided,
                live.refusedDecisions()));
    }

    private static List<PanelView.StandardLine> lines(LiveRating live) {
        List<PanelView.StandardLine> lines = new ArrayList<>();
        standards(live).forEach(s -> lines.add(new PanelView.StandardLine(s.number(), s.standard().name(),
                s.standard().caseBased(), s.standard().scored(), s.computed().rating().orElse(null),
                s.computed().reason(), s.triggers().raised().stream().map(TriggerFinding::reason).toList(),
                Optional.ofNullable(live.proposed().get(s.number())).map(p -> p.rating()).orElse(null),
                live.decisions().getOrDefault(s.number(), new PanelDecisions.Decision(s.number(), null, "", 0, null, null)),
                live.refusedDecisions().get(s.number()), s.finalRating().orElse(null), s.panel().reason())));
        return lines;
    }

    private static Stream<StandardResult> standards(LiveRating live) {
        return Stream.concat(live.rating().standards().stream(), live.rating().separatelyRated().stream());
    }

    private static String summary(LiveRating live) {
        var r = live.rating();
        return "score " + r.score().score() + "/" + r.score().maxScore() + "; overall rating "
                + r.overallRating().map(Rating::label).orElse("none") + "; "
                + standards(live).map(s -> s.number() + " " + s.finalRating().map(Rating::label).orElse("not rated"))
                .collect(Collectors.joining(", "));
    }
}
