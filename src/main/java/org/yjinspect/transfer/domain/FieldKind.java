package org.yjinspect.transfer.domain;

/** What a field of the inspection document holds, which decides how it is written, read and checked. */
public enum FieldKind {
    /** Free text people typed: notes, rationales, reasons (line breaks allowed). */
    TEXT,
    /** One line of text: who made a change, the service's name, a standard's number. */
    NAME,
    /** One of a fixed set of codes, as the database stores them ("COURT_DISPOSAL"). */
    CODE,
    /** A case's pseudonymous reference, by the caseload's own rule (never a name). */
    CASE_REFERENCE,
    /** A staff member's name or code, by the caseload's own rule. */
    CASE_MANAGER,
    DATE,
    TIMESTAMP,
    WHOLE,
    DECIMAL,
    YES_NO
}
