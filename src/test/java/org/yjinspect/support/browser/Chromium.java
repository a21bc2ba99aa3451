package org.yjinspect.support.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where Debian's Chromium is ({@code -Dyjinspect.chromium=PATH}, else /usr/bin/chromium), and
 * whether the browser tests must run: {@code -Dyjinspect.browser.required=true}, or CI=true,
 * makes a missing browser a failure instead of a skip (.ci/run installs it).
 */
public final class Chromium {
    public static final String PROPERTY = "yjinspect.chromium";
    public static final String REQUIRED_PROPERTY = "yjinspect.browser.required";
    private static final List<String> PLACES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser");

    private Chromium() {
    }

    public static Optional<Path> locate() {
        String named = System.getProperty(PROPERTY);
        if (named != null && !named.isBlank()) {
            return Optional.of(Path.of(named)).filter(Files::isExecutable);
        }
        return PLACES.stream().map(Path::of).filter(Files::isExecutable).findFirst();
    }

    public static boolean required() {
        return Boolean.getBoolean(REQUIRED_PROPERTY) || "true".equalsIgnoreCase(System.getenv("CI"));
    }

    static String searched() {
        String named = System.getProperty(PROPERTY);
        return named != null && !named.isBlank() ? "at " + named : "at " + String.join(" or ", PLACES);
    }
}
