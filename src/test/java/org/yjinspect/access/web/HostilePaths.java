package org.yjinspect.access.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Paths for {@link HostileTextTest}'s walk of every route: each path parameter filled with a
 * value that exists in the test's main inspection, except the one under attack.
 */
final class HostilePaths {
    /** SQL and other hostile text where an id, a code or a name is expected in a path. */
    static final List<String> HOSTILE = List.of("1 OR 1=1", "1; drop table inspection; --", "1' OR '1'='1", "-1",
            "0x10", "99999999999999999999999", "<script>alert(1)</script>", "..", "a/../1", "\u0000", "\u202E1");
    private static final Pattern PARAMETER = Pattern.compile("\\{([A-Za-z]+)}");
    private final Map<String, String> valid;

    /** @param valid a value each path parameter takes; a route with a parameter not in it fails the walk */
    HostilePaths(Map<String, String> valid) {
        this.valid = Map.copyOf(valid);
    }

    static List<String> parameters(String pattern) {
        List<String> names = new ArrayList<>();
        Matcher m = PARAMETER.matcher(pattern);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** The path of the route with {@code hostile} (URL-encoded) as the parameter's value. */
    String with(String pattern, String parameter, String hostile) {
        StringBuilder path = new StringBuilder();
        Matcher m = PARAMETER.matcher(pattern);
        while (m.find()) {
            String name = m.group(1);
            String value = name.equals(parameter) ? encoded(hostile) : valid.get(name);
            if (value == null) {
                throw new IllegalStateException("no valid value for the path parameter {" + name + "} of " + pattern
                        + ": add one to HostileTextTest.validParameters");
            }
            m.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        m.appendTail(path);
        return path.toString();
    }

    String valid(String parameter) {
        return valid.get(parameter);
    }

    static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
