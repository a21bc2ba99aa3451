package org.yjinspect.published.domain;

import java.util.Objects;

/**
 * Something inconsistent or missing in a report, found while importing it. The message never
 * contains line numbers (so that reflowed text gives the same warnings); {@code line} points to
 * the source line where there is one, or is null.
 */
public record ImportWarning(WarningKind kind, String message, Integer line) {
    public ImportWarning {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    public static ImportWarning of(WarningKind kind, String message) {
        return new ImportWarning(kind, message, null);
    }

    public static ImportWarning at(WarningKind kind, String message, int line) {
        return new ImportWarning(kind, message, line);
    }
}
