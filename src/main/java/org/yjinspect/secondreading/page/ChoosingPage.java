package org.yjinspect.secondreading.page;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yjinspect.access.app.CaseAllocation;
import org.yjinspect.access.app.InspectionTeam;
import org.yjinspect.access.domain.Action;
import org.yjinspect.account.page.Frames;
import org.yjinspect.assessment.app.AssessmentService;
import org.yjinspect.assessment.page.Words;
import org.yjinspect.platform.page.Layout;
import org.yjinspect.platform.page.Pages;
import org.yjinspect.secondreading.app.ChosenCase;
import org.yjinspect.secondreading.app.ReaderChoice;
import org.yjinspect.secondreading.app.SecondReadingOverview;
import org.yjinspect.secondreading.app.SecondReadingService;

/**
 * GET /inspections/{id}/second-reading: the draw, the chosen cases with their two readers and how
 * far each reading has gone, and for the lead the forms to choose cases by hand, draw a share at
 * random and allocate second readers ({@link ChoosingForms} handles the posts).
 */
final class ChoosingPage {
    private static final Map<String, String> DONE = Map.of("chosen", "The cases have been chosen for second reading.",
            "drawn", "The cases have been drawn for second reading.",
            "allocated", "The second reader has been allocated.",
            "withdrawn", "The case has been taken out of the second reading.");
    private final SecondReadingService readings;
    private final AssessmentService assessments;
    private final InspectionTeam team;
    private final Requester requester;
    private final Pages pages;

    ChoosingPage(SecondReadingService readings, AssessmentService assessments, InspectionTeam team,
                 Requester requester, Pages pages) {
        this.readings = readings;
        this.assessments = assessments;
        this.team = team;
        this.requester = requester;
        this.pages = pages;
    }

    void show(Context ctx) {
        show(ctx, 200, ChoosingView.Typed.none());
    }

    void show(Context ctx, int status, ChoosingView.Typed typed) {
        long id = Requester.inspection(ctx);
        SecondReadingOverview overview = readings.overview(id, Requester.who(ctx));
        boolean manage = requester.mayChange(ctx, null, Action.CHOOSE_SECOND_READING);
        List<ChoosingView.ChosenRow> chosen = overview.cases().stream().map(c -> new ChoosingView.ChosenRow(c,
                manage ? eligible(id, c) : List.of())).toList();
        List<String> taken = overview.cases().stream().map(ChosenCase::caseReference).toList();
        Map<String, String> firstReaders = new HashMap<>();
        team.allocations(id).forEach((CaseAllocation a) -> firstReaders.put(a.caseReference(), a.username()));
        List<ChoosingView.SampleRow> sample = manage ? assessments.list(id).stream().map(s -> s.assessedCase())
                .map(c -> new ChoosingView.SampleRow(c.reference(), Words.caseType(c.caseType()),
                        firstReaders.get(c.reference()), taken.contains(c.reference()))).toList() : List.of();
        String done = typed.errors().isEmpty() ? DONE.get(String.valueOf(ctx.queryParam("done"))) : null;
        ChoosingView view = new ChoosingView(id, overview.draw(), chosen, sample, manage, requester.locked(ctx),
                typed, done);
        pages.render(ctx, status, "secondreading/choosing.jte", Map.of("layout", Frames.of(ctx,
                (typed.errors().isEmpty() ? "" : "Error: ") + "Second reading", Layout.Section.INSPECTIONS),
                "view", view));
    }

    private List<String> eligible(long inspectionId, ChosenCase c) {
        if (c.secondReading() != org.yjinspect.secondreading.domain.ReadingState.NOT_STARTED) {
            return List.of();
        }
        return readings.readersFor(inspectionId, c.caseReference()).stream().filter(r -> r.eligible().allowed())
                .map(ReaderChoice::username).toList();
    }

    static void done(Context ctx, String what) {
        ctx.redirect("/inspections/" + Requester.inspection(ctx) + "/second-reading?done=" + what, HttpStatus.SEE_OTHER);
    }
}
