package org.yjinspect.overview.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.yjinspect.access.app.CaseAllocation;
import org.yjinspect.access.app.InspectionTeam;
import org.yjinspect.access.app.Member;
import org.yjinspect.access.domain.Role;
import org.yjinspect.assessment.app.CaseViews;
import org.yjinspect.framework.domain.KeyQuestion;
import org.yjinspect.inspection.app.InspectionService;
import org.yjinspect.inspection.domain.Inspection;
import org.yjinspect.panel.app.PanelService;
import org.yjinspect.panel.app.PanelView;
import org.yjinspect.rating.app.StandardResult;

/**
 * Use case: an inspection's overview for one person. What they may see is decided by the access
 * policy before this is asked ({@link Shown}); this reads only what is to be shown.
 */
public final class InspectionOverview {
    private final InspectionService inspections;
    private final InspectionProgress progress;
    private final PanelService panel;
    private final InspectionTeam team;

    public InspectionOverview(InspectionService inspections, InspectionProgress progress, PanelService panel,
                              InspectionTeam team) {
        this.inspections = inspections;
        this.progress = progress;
        this.panel = panel;
        this.team = team;
    }

    /**
     * What the person may see: {@code cases} whether any case, {@code onlyCases} which (null for
     * every case; a local assessor's allocated ones otherwise); {@code ratings} the live ratings.
     */
    public record Shown(boolean cases, Set<Long> onlyCases, boolean ratings) {
    }

    public OverviewView show(long inspectionId, Shown shown) {
        Inspection inspection = inspections.get(inspectionId);
        List<CaseViews.CaseSummary> inSample = progress.inSample(inspectionId);
        List<String> leads = team.team(inspectionId).stream().filter(m -> m.role() == Role.LEAD_INSPECTOR)
                .map(Member::username).distinct().toList();
        List<OverviewView.CaseLine> cases = shown.cases() ? cases(inspectionId, inSample, shown.onlyCases()) : List.of();
        PanelView view = shown.ratings() ? panel.show(inspectionId) : null;
        return new OverviewView(inspection, progress.of(inspection, inSample), leads, shown.cases(), cases, view,
                view == null ? List.of() : standards(view));
    }

    private List<OverviewView.CaseLine> cases(long inspectionId, List<CaseViews.CaseSummary> inSample, Set<Long> only) {
        Map<String, List<String>> allocated = new TreeMap<>();
        for (CaseAllocation a : team.allocations(inspectionId)) {
            allocated.computeIfAbsent(a.caseReference(), r -> new ArrayList<>()).add(a.username());
        }
        return inSample.stream().filter(c -> only == null || only.contains(c.assessedCase().sampleCaseId()))
                .map(c -> new OverviewView.CaseLine(c.assessedCase().sampleCaseId(), c.assessedCase().reference(),
                        c.assessedCase().caseType(), c.status().status(), c.keyQuestionsAnswered(), c.keyQuestions(),
                        allocated.getOrDefault(c.assessedCase().reference(), List.of()))).toList();
    }

    private static List<OverviewView.StandardProgress> standards(PanelView view) {
        List<OverviewView.StandardProgress> lines = new ArrayList<>();
        Map<String, PanelView.StandardLine> byNumber = new TreeMap<>();
        view.standards().forEach(s -> byNumber.put(s.number(), s));
        for (StandardResult s : view.live().rating().allStandards()) {
            int given = 0;
            for (KeyQuestion kq : s.standard().keyQuestions()) {
                given += view.live().judgements().of(kq.id()).size();
            }
            int toGive = s.standard().caseBased() ? view.live().judgements().cases(s.standard().caseType())
                    * s.standard().keyQuestions().size() : 0;
            PanelView.StandardLine line = byNumber.get(s.number());
            lines.add(new OverviewView.StandardProgress(s.number(), s.standard().name(), s.standard().caseBased(),
                    given, toGive, line == null ? null : line.proposedRating()));
        }
        return lines;
    }
}
