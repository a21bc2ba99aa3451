package org.yjinspect.caseload.app;

import java.util.List;
import org.yjinspect.caseload.domain.ParsedCaseload;
import org.yjinspect.records.domain.Actor;

/** Where each inspection's caseload is kept. */
public interface Caseloads {
    /** Where an import came from, for the audit trail: the file's name and the rows left out. */
    record Source(String name, long rowsLeftOut) {
    }

    /**
     * Replaces the inspection's caseload with these cases, all or nothing, records the import in
     * the audit trail, and returns the new caseload revision. Refuses as locked when the
     * inspection is published, and (conflict) while a sample drawn from the caseload exists.
     */
    int replaceBeforeSampling(long inspectionId, List<ParsedCaseload.LineCase> cases, Source source, Actor actor);

    /** The caseload as one consistent read, with the revision it was read at. */
    CaseloadSnapshot snapshot(long inspectionId);
}
