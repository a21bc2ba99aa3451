package org.yjinspect.framework.domain;

import java.util.Arrays;
import java.util.Optional;

/** The published versions of the youth inspection framework that yjinspect knows. */
public enum FrameworkVersion {
    /** Standards as consulted on in 2017 and used from June 2018: 3.4 Joint working, no 4.1. */
    V2018("2018"),
    /** The 2021 refresh: 3.4 out-of-court disposal policy and provision, 4.1 resettlement. */
    V2021("2021");

    private final String label;

    FrameworkVersion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<FrameworkVersion> fromLabel(String label) {
        return Arrays.stream(values()).filter(v -> v.label.equals(label)).findFirst();
    }

    @Override
    public String toString() {
        return label;
    }
}
