package org.yjinspect.caseload.domain;

/**
 * One problem in one row of a caseload export: the line in the file, the column, the value as
 * received (made safe to show: control characters removed, cut to 40 characters) and what is
 * wrong with it.
 */
public record RowError(long line, String column, String value, String message) {
    public static RowError of(long line, String column, String rawValue, String message) {
        return new RowError(line, column, shown(rawValue), message);
    }

    /** Shows hostile text safely: printable characters only, cut short. */
    public static String shown(String raw) {
        return org.yjinspect.platform.problem.SafeText.shown(raw);
    }

    @Override
    public String toString() {
        return "line " + line + ", column " + column + ", value \"" + value + "\": " + message;
    }
}
