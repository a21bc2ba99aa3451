package org.yjinspect.published.domain;

/** What kind of inconsistency or gap an import warning reports. */
public enum WarningKind {
    /** A section, table or figure the report should print was not found. */
    NOT_FOUND,
    /** The published score is not the sum of the published standard ratings. */
    SCORE_MISMATCH,
    /** The published overall rating is not the band of the published score. */
    OVERALL_MISMATCH,
    /** A published standard rating differs from the rating computed from its key questions. */
    RATING_DIFFERS,
    /** Prompt figures that cannot be reconciled with their key question's figure. */
    PROMPTS_DO_NOT_RECONCILE,
    /** Template residue, such as "ten standards" and a "0-30 scale" in a 36-point report. */
    TEMPLATE_TEXT,
    /** The prose says "the following N questions" but lists another number. */
    QUESTION_COUNT,
    /** Prompt letters printed twice or out of sequence. */
    PROMPT_LETTERS,
    /** A word or figure damaged by optical character recognition, read as it was meant. */
    OCR_SLIP,
    /** A line inside a data table that could not be read and was left out. */
    UNREADABLE_LINE,
    /** The report was found inside a larger document; the rest was ignored. */
    EMBEDDED_REPORT,
    /** Figures that disagree with each other (case counts, sub-samples, 'Yes' above relevant). */
    INCONSISTENT_FIGURES,
    /** The framework version could not be told for certain from the content. */
    VERSION_UNCERTAIN,
    /** The report does not fit the framework catalogue of its version. */
    CATALOGUE,
    /** A discretion statement that does not fit the ratings page, or that the rating engine refuses. */
    DISCRETION,
    /** The reading of one section failed; the rest of the report was still read. */
    SECTION_FAILED
}
