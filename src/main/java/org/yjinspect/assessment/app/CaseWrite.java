package org.yjinspect.assessment.app;

import java.util.function.Function;
import org.yjinspect.assessment.domain.AssessmentStatus;
import org.yjinspect.rules.Ruling;
import org.yjinspect.rules.Verdict;
import org.yjinspect.records.domain.Actor;

/**
 * One write to a case assessment, as the use case has checked it against the catalogue: the
 * case, where in the framework it lands (standard and key question; null for case-wide records),
 * the revision it is based on, who makes it, and the status rule the store applies atomically
 * with the write (answers may change only while the case is open).
 */
public record CaseWrite(AssessedCase assessedCase, String standardNumber, String keyQuestionId, int baseRevision,
                        Actor actor, Function<AssessmentStatus, Ruling<Verdict>> mayChange) {
}
