package org.yjinspect.caseload.domain;

import java.util.List;

/**
 * A caseload export after every row has been checked: the valid cases with the line each came
 * from, and every error found. Nothing has been stored yet.
 */
public record ParsedCaseload(String source, int rowsRead, List<LineCase> cases, List<RowError> errors) {
    /** A valid case and the line of the file it came from. */
    public record LineCase(long line, CaseRecord record) {
    }

    public ParsedCaseload {
        cases = List.copyOf(cases);
        errors = List.copyOf(errors);
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    /** The lines that had at least one error: the rows --skip-invalid leaves out. */
    public long invalidRows() {
        return errors.stream().mapToLong(RowError::line).distinct().count();
    }

    public List<CaseRecord> records() {
        return cases.stream().map(LineCase::record).toList();
    }
}
