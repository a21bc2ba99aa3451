package org.yjinspect.report.domain;

/** Where a standard's rating stands for the report. */
public enum RatingState {
    /** Rated, and the rating is settled (the panel decided it, or the inspection is published). */
    DECIDED,
    /** Rated by the figures or the lead inspector's proposal, but the ratings panel has not decided it. */
    AWAITING_PANEL,
    /** No rating: no relevant cases, no proposal yet, or (resettlement) no resettlement cases. */
    NOT_RATED
}
