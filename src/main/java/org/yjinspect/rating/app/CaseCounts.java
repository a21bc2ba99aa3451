package org.yjinspect.rating.app;

import org.yjinspect.framework.domain.CaseType;

/** Numbers of cases inspected per case type; null where not known. */
public record CaseCounts(Integer court, Integer outOfCourt, Integer resettlement) {
    public static final CaseCounts UNKNOWN = new CaseCounts(null, null, null);

    public CaseCounts {
        check("court", court);
        check("outOfCourt", outOfCourt);
        check("resettlement", resettlement);
    }

    private static void check(String field, Integer count) {
        if (count != null && count < 0) {
            throw new IllegalArgumentException(field + " cases cannot be negative: " + count);
        }
    }

    public Integer of(CaseType type) {
        if (type == null) {
            return null;
        }
        return switch (type) {
            case COURT_DISPOSAL -> court;
            case OUT_OF_COURT_DISPOSAL -> outOfCourt;
            case RESETTLEMENT -> resettlement;
        };
    }
}
