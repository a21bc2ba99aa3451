package org.yjinspect.caseload.app;

import java.util.List;
import org.yjinspect.caseload.domain.RowError;

/**
 * What an import did: rows read, cases imported (zero when it was refused), the rows left out
 * and every error, each with line, column and value.
 */
public record ImportReport(long inspectionId, String source, boolean imported, int rowsRead, int casesImported,
                           long rowsLeftOut, int caseloadRevision, List<RowError> errors, String summary) {
    public ImportReport {
        errors = List.copyOf(errors);
    }
}
