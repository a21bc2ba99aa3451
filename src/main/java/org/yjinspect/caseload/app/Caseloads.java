package org.yjinspect.caseload.app;

import java.util.List;
import org.yjinspect.caseload.domain.ParsedCaseload;

/** Where each inspection's caseload is kept. */
public interface Caseloads {
    /**
     * Replaces the inspection's caseload with these cases, all or nothing, and returns the new
     * caseload revision. Refuses (conflict) once a sample has been drawn from the caseload.
     */
    int replaceBeforeSampling(long inspectionId, List<ParsedCaseload.LineCase> cases);

    /** The caseload as one consistent read, with the revision it was read at. */
    CaseloadSnapshot snapshot(long inspectionId);
}
