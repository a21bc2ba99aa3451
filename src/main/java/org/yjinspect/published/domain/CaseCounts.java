package org.yjinspect.published.domain;

/** Numbers of cases inspected, per kind of case; null where the report does not say. */
public record CaseCounts(Integer court, Integer outOfCourt, Integer resettlement) {
    public static final CaseCounts UNKNOWN = new CaseCounts(null, null, null);

    public CaseCounts {
        if (court != null && court < 0 || outOfCourt != null && outOfCourt < 0
                || resettlement != null && resettlement < 0) {
            throw new IllegalArgumentException("case counts cannot be negative");
        }
    }
}
