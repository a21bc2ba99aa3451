package org.yjinspect.framework.domain;

import java.util.List;
import java.util.Objects;

/** A domain of the framework: organisational delivery, court disposals, out-of-court disposals, resettlement. */
public record Domain(int number, String name, List<Standard> standards) {
    public Domain {
        Objects.requireNonNull(name, "name");
        standards = standards == null ? List.of() : List.copyOf(standards);
    }
}
