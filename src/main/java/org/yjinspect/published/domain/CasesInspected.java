package org.yjinspect.published.domain;

/** Numbers of cases inspected, per kind of case; null where the report does not say. */
public record CasesInspected(Integer court, Integer outOfCourt, Integer resettlement) {
    public static final CasesInspected UNKNOWN = new CasesInspected(null, null, null);

    public CasesInspected {
        if (court != null && court < 0 || outOfCourt != null && outOfCourt < 0
                || resettlement != null && resettlement < 0) {
            throw new IllegalArgumentException("case counts cannot be negative");
        }
    }
}
