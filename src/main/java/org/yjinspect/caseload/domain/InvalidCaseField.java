package org.yjinspect.caseload.domain;

/** One field of a case breaks a rule; names the field so an import can point at the column. */
public final class InvalidCaseField extends RuntimeException {
    private final CaseField field;

    public InvalidCaseField(CaseField field, String message) {
        super(message, null, false, false);
        this.field = field;
    }

    public CaseField field() {
        return field;
    }
}
