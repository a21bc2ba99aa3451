package org.yjinspect.platform.web;

import io.javalin.Javalin;
import java.util.List;
import java.util.Map;
import org.yjinspect.access.web.AccessGate;
import org.yjinspect.account.web.Audience;

/**
 * Every route of the running app's JSON API, whatever its method, read from the router with the
 * access it names ({@link AccessGate#everyRoute}), so that a test walking them all walks a route
 * added later. The browser's pages answer HTML and have tests of their own.
 */
final class AllRoutes {
    private AllRoutes() {
    }

    /** The routes only someone signed in may use (all but sign-in and first set-up). */
    static List<AccessGate.RouteAccess> needingSignIn(Javalin web) {
        return AccessGate.everyRoute(web).stream().filter(AccessGate.RouteAccess::api).filter(r -> !r.access().contains(Audience.ANYONE)).distinct()
                .toList();
    }

    /** The routes anyone may use. */
    static List<AccessGate.RouteAccess> open(Javalin web) {
        return AccessGate.everyRoute(web).stream().filter(AccessGate.RouteAccess::api).filter(r -> r.access().contains(Audience.ANYONE)).distinct()
                .toList();
    }

    /** The route's path with each parameter given its value in {@code known} ("1" when it has none). */
    static String path(AccessGate.RouteAccess route, Map<String, String> known) {
        return WriteRoutes.fill(new WriteRoutes.Route(route.method(), route.path()), known, null, false);
    }
}
