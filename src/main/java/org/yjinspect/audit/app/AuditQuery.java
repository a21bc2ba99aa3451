package org.yjinspect.audit.app;

import java.util.regex.Pattern;
import org.yjinspect.platform.input.TextRule;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.platform.problem.SafeText;

/**
 * Which part of an inspection's audit trail to read: all of it, one case (by its reference) or
 * one standard; entries after {@code afterId}, at most {@code limit}, oldest first.
 */
public record AuditQuery(long inspectionId, String caseReference, String standardNumber, long afterId, int limit) {
    private static final Pattern STANDARD_NUMBER = Pattern.compile("[1-4]\\.[1-9]");
    public static final int DEFAULT_LIMIT = 500;
    public static final int LARGEST_LIMIT = 5000;

    public AuditQuery {
        Problem.require(inspectionId > 0, "an inspection id is a positive number (got " + inspectionId + ")");
        caseReference = caseReference == null || caseReference.isBlank() ? null : caseReference.strip();
        // PostgreSQL cannot compare text holding NUL (it answers with an error, which was a 500), so such text is refused.
        Problem.require(caseReference == null || TextRule.firstUnsafe(caseReference, false) < 0, "case \""
                + SafeText.shown(caseReference) + "\" contains a control or invisible character; a case reference is"
                + " letters, digits and / . _ - as in the caseload");
        standardNumber = standardNumber == null || standardNumber.isBlank() ? null : standardNumber.strip();
        Problem.require(standardNumber == null || STANDARD_NUMBER.matcher(standardNumber).matches(),
                "a standard is written like 2.1 (got \"" + org.yjinspect.platform.problem.SafeText.shown(standardNumber) + "\")");
        Problem.require(afterId >= 0, "after must not be negative");
        limit = limit == 0 ? DEFAULT_LIMIT : limit;
        Problem.require(limit > 0 && limit <= LARGEST_LIMIT, "limit must be between 1 and " + LARGEST_LIMIT);
    }
}
