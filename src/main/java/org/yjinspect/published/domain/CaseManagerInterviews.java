package org.yjinspect.published.domain;

/**
 * Interviews with case managers, as stated: for court disposals, for out-of-court disposals,
 * and the total given in the methodology. Null where the report does not say.
 */
public record CaseManagerInterviews(Integer court, Integer outOfCourt, Integer total) {
    public static final CaseManagerInterviews UNKNOWN = new CaseManagerInterviews(null, null, null);

    public boolean known() {
        return court != null || outOfCourt != null || total != null;
    }
}
