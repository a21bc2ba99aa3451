package org.yjinspect.rating.domain;

/**
 * The published conditions under which the ratings panel considers professional discretion
 * ("Ratings explained", 2018 reports): the lowest key question is close to a rating boundary.
 */
public enum DiscretionTrigger {
    NEAR_BOUNDARY("the lowest key question is within five percentage points of a rating boundary"),
    ONE_CASE_CHANGES_BAND("a different judgement in one case would change the rating"),
    SMALL_SAMPLE("the rating rests on a sample or sub-sample of five cases or fewer");

    private final String description;

    DiscretionTrigger(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
