package org.yjinspect.published.domain;

import java.util.Objects;

/** How many of the inspected out-of-court disposals were of one type ("youth conditional caution"). */
public record DisposalTypeCount(String type, int count) {
    public DisposalTypeCount {
        Objects.requireNonNull(type, "type");
        if (count < 0) {
            throw new IllegalArgumentException("count cannot be negative");
        }
    }
}
