package org.yjinspect.inspection.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A full inspection by HMIP, or a service's self-assessment against the same framework. */
public enum InspectionKind {
    INSPECTION("inspection"),
    SELF_ASSESSMENT("self-assessment");

    private final String label;

    InspectionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<InspectionKind> fromLabel(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        return Arrays.stream(values()).filter(k -> k.label.equals(wanted)).findFirst();
    }
}
