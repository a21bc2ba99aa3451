package org.yjinspect.finding.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import org.yjinspect.access.domain.Action;
import org.yjinspect.access.web.Allowed;
import org.yjinspect.finding.app.AddFindingCommand;
import org.yjinspect.finding.app.ChangeFindingCommand;
import org.yjinspect.finding.app.FindingLine;
import org.yjinspect.finding.app.Findings;
import org.yjinspect.finding.domain.Finding;
import org.yjinspect.finding.domain.FindingKind;
import org.yjinspect.platform.web.BadRequest;
import org.yjinspect.platform.web.Requests;
import org.yjinspect.platform.web.Routes;
import org.yjinspect.records.web.RecordJson;
import org.yjinspect.records.web.RequestActor;

/**
 * Under /api/inspections/{inspectionId}/findings: GET (the report's order; READ_RATINGS), POST
 * (add), PUT /{id} (change the words, from baseRevision), DELETE /{id} (remove); the writes need
 * EDIT_REPORT.
 */
public final class FindingRoutes implements Routes {
    private static final String BASE = "/api/inspections/{inspectionId}/findings";
    private final Findings findings;
    private final RequestActor actors;

    public FindingRoutes(Findings findings, RequestActor actors) {
        this.findings = findings;
        this.actors = actors;
    }

    /** POST: the domain, the kind ("strength" or "area") and the words; PUT: the words and the revision they change. */
    public record FindingRequest(Integer domain, String kind, String text, Integer baseRevision) {
    }

    /** One finding as the API gives it; kind is STRENGTH or AREA_FOR_IMPROVEMENT. */
    public record FindingAnswer(long id, int domain, String kind, int position, String text, int revision,
                                String updatedBy, Instant updatedAt) {
        static FindingAnswer of(FindingLine line) {
            Finding f = line.finding();
            return new FindingAnswer(f.id(), f.domain(), f.kind().name(), f.position(), f.text(), line.revision(),
                    line.updatedBy(), line.updatedAt());
        }
    }

    /** GET and DELETE: the findings as they now stand, in the report's order. */
    public record FindingList(long inspectionId, List<FindingAnswer> findings) {
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(BASE, ctx -> list(ctx, inspection(ctx)), Allowed.to(Action.READ_RATINGS));
        routes.post(BASE, ctx -> {
            FindingRequest r = Requests.body(ctx, FindingRequest.class);
            if (r.domain() == null) {
                throw new BadRequest("domain is required: the framework's domain number (1, 2, 3, or 4 resettlement)");
            }
            RecordJson.send(ctx, 201, FindingAnswer.of(findings.add(new AddFindingCommand(inspection(ctx), r.domain(),
                    kind(r.kind()), r.text(), actors.of(ctx)))));
        }, Allowed.to(Action.EDIT_REPORT));
        routes.put(BASE + "/{id}", ctx -> {
            FindingRequest r = Requests.body(ctx, FindingRequest.class);
            RecordJson.send(ctx, FindingAnswer.of(findings.change(new ChangeFindingCommand(inspection(ctx),
                    Requests.id(ctx, "id"), RecordJson.baseRevision(r.baseRevision()), r.text(), actors.of(ctx)))));
        }, Allowed.to(Action.EDIT_REPORT));
        routes.delete(BASE + "/{id}", ctx -> {
            long inspectionId = inspection(ctx);
            findings.remove(inspectionId, Requests.id(ctx, "id"), actors.of(ctx));
            list(ctx, inspectionId);
        }, Allowed.to(Action.EDIT_REPORT));
    }

    private static FindingKind kind(String typed) {
        // The value typed is not repeated: it may be anything.
        return FindingKind.parse(typed).orElseThrow(() -> new BadRequest("kind must be \"strength\" or \"area\" (for"
                + " improvement)" + (typed == null ? " and is missing" : "; the kind given is neither")));
    }

    private void list(Context ctx, long inspectionId) {
        RecordJson.send(ctx, new FindingList(inspectionId, findings.lines(inspectionId).stream().map(FindingAnswer::of)
                .toList()));
    }

    private static long inspection(Context ctx) {
        return Requests.id(ctx, "inspectionId");
    }
}
