package org.yjinspect.sampling.page;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.yjinspect.access.app.AllocateCommand;
import org.yjinspect.access.app.CaseAllocation;
import org.yjinspect.access.app.InspectionTeam;
import org.yjinspect.access.app.Member;
import org.yjinspect.access.app.UnallocateCommand;
import org.yjinspect.access.domain.Action;
import org.yjinspect.access.page.PagePermissions;
import org.yjinspect.access.web.Allowed;
import org.yjinspect.account.page.Frames;
import org.yjinspect.account.web.SignedInActor;
import org.yjinspect.caseload.domain.CaseTypes;
import org.yjinspect.platform.page.FormError;
import org.yjinspect.platform.page.Layout;
import org.yjinspect.platform.page.Pages;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.platform.web.Requests;
import org.yjinspect.platform.web.Routes;
import org.yjinspect.sampling.app.SampleReport;
import org.yjinspect.sampling.app.SampleService;

/**
 * GET /inspections/{id}/allocations: each sampled case and who it is allocated to; POST
 * .../allocations allocates one case to an assessor of the team, or to nobody (an empty choice).
 */
public final class AllocationPages implements Routes {
    private static final String ALLOCATIONS = "/inspections/{inspectionId}/allocations";
    private final SampleService samples;
    private final InspectionTeam team;
    private final PagePermissions permissions;
    private final Pages pages;
    private final SignedInActor actors = new SignedInActor();

    /** A sampled case on the page: its reference, case type and who has it (null: nobody). */
    public record AllocatedCase(long sampleCaseId, String reference, String caseType, String allocatedTo) {
    }

    public AllocationPages(SampleService samples, InspectionTeam team, PagePermissions permissions, Pages pages) {
        this.samples = samples;
        this.team = team;
        this.permissions = permissions;
        this.pages = pages;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(ALLOCATIONS, ctx -> show(ctx, 200, List.of(), null), Allowed.to(Action.READ_EVIDENCE));
        routes.post(ALLOCATIONS, this::allocate, Allowed.to(Action.MANAGE_CASELOAD));
    }

    private void allocate(Context ctx) {
        long id = id(ctx);
        String reference = ctx.formParam("caseReference");
        String username = ctx.formParam("username");
        try {
            if (username == null || username.isBlank()) {
                team.unallocate(new UnallocateCommand(id, reference, actors.of(ctx)));
            } else {
                team.allocate(new AllocateCommand(id, reference, username, actors.of(ctx)));
            }
            ctx.redirect("/inspections/" + id + "/allocations?done=" + (username == null || username.isBlank()
                    ? "unallocated" : "allocated"), HttpStatus.SEE_OTHER);
        } catch (Problem refused) {
            show(ctx, refused.kind().httpStatus(), List.of(new FormError(fieldOf(ctx, reference), refused.getMessage())),
                    reference);
        }
    }

    private void show(Context ctx, int status, List<FormError> errors, String refusedReference) {
        long id = id(ctx);
        Map<String, Object> params = new HashMap<>();
        params.put("layout", Frames.of(ctx, errors.isEmpty() ? "Allocation of cases" : "Error: Allocation of cases",
                Layout.Section.INSPECTIONS));
        params.put("inspectionId", id);
        params.put("cases", cases(id));
        params.put("assessors", team.team(id).stream().filter(m -> m.role().assessesCases()).map(Member::username)
                .distinct().sorted().toList());
        params.put("manage", permissions.may(ctx, id, Action.MANAGE_CASELOAD));
        params.put("locked", permissions.locked(ctx, id));
        params.put("errors", errors);
        params.put("refused", refusedReference);
        params.put("done", !errors.isEmpty() ? null : switch (String.valueOf(ctx.queryParam("done"))) {
            case "allocated" -> "The case has been allocated.";
            case "unallocated" -> "The case is now allocated to nobody.";
            default -> null;
        });
        pages.render(ctx, status, "sampling/allocations.jte", params);
    }

    /** The sample's cases in the order of the sample, each with who has it; empty before a sample is drawn. */
    private List<AllocatedCase> cases(long id) {
        SampleReport report;
        try {
            report = samples.show(id);
        } catch (Problem noSample) {
            return List.of();
        }
        Map<String, String> holders = team.allocations(id).stream()
                .collect(Collectors.toMap(CaseAllocation::caseReference, CaseAllocation::username, (a, b) -> a));
        return report.caseTypes().stream().flatMap(part -> part.cases().stream().map(c -> new AllocatedCase(
                c.sampleCaseId(), c.reference(), CaseTypes.label(part.caseType()),
                holders.get(c.reference())))).toList();
    }

    private String fieldOf(Context ctx, String reference) {
        Map<String, AllocatedCase> byReference = cases(id(ctx)).stream()
                .collect(Collectors.toMap(AllocatedCase::reference, Function.identity()));
        AllocatedCase refused = reference == null ? null : byReference.get(reference.strip());
        return refused == null ? "cases" : "to-" + refused.sampleCaseId();
    }

    private static long id(Context ctx) {
        return Requests.id(ctx, "inspectionId");
    }
}
