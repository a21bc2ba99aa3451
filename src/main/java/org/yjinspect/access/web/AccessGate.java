package org.yjinspect.access.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import io.javalin.router.InternalRouter;
import io.javalin.router.ParsedEndpoint;
import io.javalin.security.Roles;
import io.javalin.security.RouteRole;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yjinspect.access.app.InspectionAccess;
import org.yjinspect.access.domain.Access;
import org.yjinspect.access.domain.Action;
import org.yjinspect.account.app.AccountAudit;
import org.yjinspect.account.domain.AccountEvent;
import org.yjinspect.account.domain.Principal;
import org.yjinspect.account.web.Audience;
import org.yjinspect.account.web.CsrfToken;
import org.yjinspect.account.web.PrincipalResolver;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.platform.web.Requests;
import org.yjinspect.rules.Ruling;

/**
 * Lets a request through to its route or turns it away, after its principal is known: every
 * route names its {@link Audience} or the {@link Allowed action} it does in an inspection.
 * Refused: no principal (401); a write made with the session cookie without the session's
 * {@link CsrfToken} (403); what the access policy forbids (403, with its rule and reason) or
 * hides (404, worded exactly as for an inspection or case that does not exist). Every refusal of
 * someone signed in goes into the account audit.
 */
public final class AccessGate {
    private static final Set<HandlerType> READS = Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);
    private final InspectionAccess access;
    private final AccountAudit audit;
    private volatile InternalRouter router;

    public AccessGate(InspectionAccess access, AccountAudit audit) {
        this.access = access;
        this.audit = audit;
    }

    /**
     * Javalin answers HEAD with the path's GET route without matching it before that route runs, so
     * the gate would see no route (and no path parameters): it checks a HEAD as that GET.
     */
    public void answersHeadAsGet(Javalin web) {
        this.router = web.unsafe.internalRouter;
    }

    public void check(Context ctx) {
        Set<RouteRole> roles = ctx.routeRoles();
        Map<String, String> params = ctx.pathParamMap();
        ParsedEndpoint get = router == null || ctx.method() != HandlerType.HEAD || !roles.isEmpty() ? null
                : router.findFirstHttpHandlerEntry(HandlerType.GET, ctx.path());
        if (get != null) {
            roles = rolesOf(get.endpoint);
            params = get.extractPathParams(ctx.path());
        }
        if (roles.contains(Audience.ANYONE)) {
            return;
        }
        Principal principal = PrincipalResolver.required(ctx);
        if (!READS.contains(ctx.method()) && PrincipalResolver.bySession(ctx) && !CsrfToken.carried(ctx)) {
            refuse(ctx, principal, "no synchronizer token");
            throw new ForbiddenResponse("a change made with the session cookie must send its session's token in the "
                    + CsrfToken.HEADER + " header (csrfToken in the answer of POST /api/session or GET /api/me);"
                    + " API clients send Authorization: Bearer with a personal access token instead");
        }
        if (roles.contains(Audience.SIGNED_IN)) {
            return;
        }
        if (roles.contains(Audience.ADMINISTRATORS)) {
            if (!principal.administrator()) {
                refuse(ctx, principal, "not an administrator");
                throw new ForbiddenResponse(ctx.path().startsWith("/library") || ctx.path().startsWith("/api/library")
                        ? "only administrators add reports to the library or remove them: ask an administrator"
                        : "only administrators manage accounts: ask an administrator if something"
                        + " about an account needs changing");
            }
            return;
        }
        Allowed allowed = allowed(roles).orElseThrow(() -> new IllegalStateException(
                "route " + ctx.method() + " " + route(ctx) + " names no access rule"));
        inInspection(ctx, principal, allowed.action(), params);
    }

    private void inInspection(Context ctx, Principal principal, Action action, Map<String, String> params) {
        long inspectionId = Requests.id("inspectionId", params.get("inspectionId"));
        boolean list = action.caseLevel() && !params.containsKey("sampleCaseId");
        Long caseId = action.caseLevel() && !list ? Requests.id("sampleCaseId", params.get("sampleCaseId")) : null;
        InspectionAccess.Asker asker = new InspectionAccess.Asker(principal.userId(), principal.administrator());
        Ruling<Access> ruling;
        if (list) {
            InspectionAccess.ListRuling listRuling = access.decideList(asker, inspectionId, action);
            ruling = listRuling.ruling();
            ctx.attribute(CaseScope.ATTRIBUTE, listRuling.onlyCases() == null ? CaseScope.all()
                    : CaseScope.only(listRuling.onlyCases()));
        } else {
            ruling = access.decide(asker, inspectionId, caseId, action);
        }
        if (ruling.value() == Access.FORBIDDEN) {
            refuse(ctx, principal, action + " forbidden in inspection " + inspectionId + ": " + ruling.reason());
            throw new ForbiddenResponse(ruling.rule() + ": " + ruling.reason());
        }
        if (ruling.value() == Access.HIDDEN) {
            refuse(ctx, principal, action + " hidden in inspection " + inspectionId + ": " + ruling.reason());
            boolean caseHidden = caseId != null && access.decide(asker, inspectionId, null, Action.READ_INSPECTION)
                    .value() != Access.HIDDEN;
            throw Problem.notFound(caseHidden ? "there is no sampled case " + caseId + " in inspection " + inspectionId
                    : "there is no inspection " + inspectionId);
        }
    }

    private void refuse(Context ctx, Principal principal, String why) {
        audit.record(new AccountEvent(principal.userId(), principal.username(), AccountEvent.Kind.ACCESS_REFUSED,
                ctx.method() + " " + route(ctx) + ": " + why, principal.username(), ctx.ip()));
    }

    private static String route(Context ctx) {
        Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
        return endpoint == null ? "(no route)" : endpoint.path;
    }

    private static Optional<Allowed> allowed(Set<RouteRole> roles) {
        return roles.stream().filter(Allowed.class::isInstance).map(Allowed.class::cast).findFirst();
    }

    /** One route of the API and the access it names (its audience or action). */
    public record RouteAccess(String method, String path, Set<RouteRole> access) {
        /** Whether the route is the JSON API's (the others are the browser's pages and their assets). */
        public boolean api() {
            return path.startsWith("/api/");
        }
    }

    /** Every route of the API with the access it names. */
    public static List<RouteAccess> everyRoute(Javalin app) {
        return app.unsafe.internalRouter.allHttpHandlers().stream().map(parsed -> parsed.endpoint)
                .filter(e -> e.method.isHttpMethod())
                .map(e -> new RouteAccess(e.method.name(), e.path, rolesOf(e))).toList();
    }

    /** Refuses to serve when any route names neither an audience nor an action (fail closed, at start). */
    public static void requireEveryRouteNamesItsAccess(Javalin app) {
        List<String> open = everyRoute(app).stream()
                .filter(r -> r.access().stream().noneMatch(role -> role instanceof Audience || role instanceof Allowed))
                .map(r -> r.method() + " " + r.path()).toList();
        if (!open.isEmpty()) {
            throw new IllegalStateException("these routes name no access rule (Audience or Allowed): " + open);
        }
    }

    private static Set<RouteRole> rolesOf(Endpoint endpoint) {
        Roles roles = endpoint.metadata(Roles.class);
        return roles == null ? Set.of() : Set.copyOf(roles.getRoles());
    }
}
