package org.yjinspect.rating.app;

/**
 * The input asks for something a published rule forbids (e.g. a panel move with no trigger).
 * {@code field} names the offending field relative to its standard, e.g. "panel.rating".
 */
public class RatingRuleBroken extends RuntimeException {
    private final String standardNumber;
    private final String field;
    private final String value;

    public RatingRuleBroken(String standardNumber, String field, String value, String reason) {
        super(reason);
        this.standardNumber = standardNumber;
        this.field = field;
        this.value = value;
    }

    public String standardNumber() {
        return standardNumber;
    }

    public String field() {
        return field;
    }

    public String value() {
        return value;
    }
}
