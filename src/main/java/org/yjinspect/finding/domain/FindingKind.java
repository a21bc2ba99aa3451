package org.yjinspect.finding.domain;

import java.util.Locale;
import java.util.Optional;

/** A strength or an area for improvement; the published reports list strengths first. */
public enum FindingKind {
    STRENGTH("strength", "Strengths", "strength"),
    AREA_FOR_IMPROVEMENT("area", "Areas for improvement", "area for improvement");

    private final String code;
    private final String heading;
    private final String singular;

    FindingKind(String code, String heading, String singular) {
        this.code = code;
        this.heading = heading;
        this.singular = singular;
    }

    /** As typed on the command line and in forms: "strength" or "area". */
    public String code() {
        return code;
    }

    /** The report's heading: "Strengths", "Areas for improvement". */
    public String heading() {
        return heading;
    }

    /** "strength", "area for improvement". */
    public String singular() {
        return singular;
    }

    /** "strength", "area", or the constant's name ("AREA_FOR_IMPROVEMENT"), in any case. */
    public static Optional<FindingKind> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String key = typed.strip().toLowerCase(Locale.ROOT);
        for (FindingKind kind : values()) {
            if (kind.code.equals(key) || kind.name().toLowerCase(Locale.ROOT).equals(key)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
