package org.yjinspect.platform.web;

import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every route that changes something (POST, PUT, PATCH, DELETE), read from the running app's
 * router, so that a route added later is walked without anyone listing it. Path parameters are
 * filled with values that exist (so a request gets as far as its body) or, now and then, with
 * hostile ones.
 */
final class WriteRoutes {
    private static final Set<HandlerType> WRITES = Set.of(HandlerType.POST, HandlerType.PUT, HandlerType.PATCH,
            HandlerType.DELETE);
    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}|<([^>]+)>");
    private static final List<String> HOSTILE = List.of("0", "-1", "99999999999999999999999", "abc", "1.5", "%20",
            "%E2%80%AE1", "%C3%A9", "x".repeat(300), "1;drop", "2.1.%00", "..%2F..");

    /** One write route: method and path pattern as registered, such as PUT /api/inspections/{inspectionId}/caseload. */
    record Route(String method, String path) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private WriteRoutes() {
    }

    /** The write routes, deletions last and deepest first, so that the data the other routes need is there. */
    static List<Route> of(Javalin web) {
        return web.unsafe.internalRouter.allHttpHandlers().stream().map(parsed -> parsed.endpoint)
                .filter(endpoint -> WRITES.contains(endpoint.method) && endpoint.path.startsWith("/api/"))
                .map(endpoint -> new Route(endpoint.method.name(), endpoint.path)).distinct()
                .sorted(Comparator.comparing((Route r) -> r.method().equals("DELETE"))
                        .thenComparing(r -> r.method().equals("DELETE") ? -r.path().length() : 0))
                .toList();
    }

    /** The route's path with each parameter filled: mostly the known good value, sometimes a hostile one. */
    static String fill(Route route, Map<String, String> known, SplittableRandom random, boolean hostile) {
        Matcher m = PARAMETER.matcher(route.path());
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2);
            String value = hostile && random.nextInt(3) == 0 ? HOSTILE.get(random.nextInt(HOSTILE.size()))
                    : known.getOrDefault(name, "1");
            m.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        return m.appendTail(path).toString();
    }
}
