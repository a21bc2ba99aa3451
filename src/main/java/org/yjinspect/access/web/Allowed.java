package org.yjinspect.access.web;

import io.javalin.security.RouteRole;
import java.util.Objects;
import org.yjinspect.access.domain.Action;

/**
 * What a route in one inspection does, as the access policy names it: {@code Allowed.to(Action.READ_CASE)}.
 * The inspection is the route's {@code {inspectionId}}; a case-level action on a route with
 * {@code {sampleCaseId}} is decided on that case, and on a route without it (a list) each case is
 * ({@link CaseScope}).
 */
public record Allowed(Action action) implements RouteRole {
    public Allowed {
        Objects.requireNonNull(action, "action");
    }

    public static Allowed to(Action action) {
        return new Allowed(action);
    }
}
