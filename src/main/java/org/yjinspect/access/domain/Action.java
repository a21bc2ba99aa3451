package org.yjinspect.access.domain;

/** What someone asks to do with an inspection; each route and command will name one. */
public enum Action {
    /** The inspection's set-up: service, dates, framework, team. */
    READ_INSPECTION,
    /** The live ratings, the panel's page and, once published, the final ratings. */
    READ_RATINGS,
    /** One sampled case and its assessment (case-level data about a child). */
    READ_CASE,
    /** Answer, judge, classify and change the status of one case assessment. */
    ASSESS_CASE,
    /** Add or remove team members. */
    MANAGE_TEAM,
    /** Import or replace the caseload; allocate cases. */
    MANAGE_CASELOAD,
    /** Draw, replace within, or discard the sample. */
    MANAGE_SAMPLE,
    /** Qualitative evidence, key data, staff survey, meetings, proposed ratings. */
    RECORD_QUALITATIVE,
    /** Confirm or move a rating at the ratings panel. */
    DECIDE_PANEL,
    /** Publish the inspection (locks it). */
    PUBLISH,
    /** Delete a never-published inspection. */
    DELETE_INSPECTION,
    /** Read the inspection's audit trail (it names cases and every change to them). */
    READ_AUDIT,
    /**
     * Read the evidence of the whole inspection but one case: the caseload, the whole sample, who
     * has which case, the qualitative evidence. Those who read all of the inspection may; a local
     * assessor, who sees only their own cases, may not.
     */
    READ_EVIDENCE,
    /**
     * Quality assurance of a case assessment: accept a submitted one, or return it for rework with
     * a reason. Someone other than the assessor does it, the lead inspector; the assessor submits.
     */
    DECIDE_CASE,
    /** Write the report's own inputs: recommendations by addressee and the contextual figures (lead only; locked once published). */
    EDIT_REPORT,
    /** The whole inspection as one document (docs/transfer.md): it holds all case data, so the lead inspector's only. */
    EXPORT_INSPECTION,
    /** Second reading (docs/second-reading.md): choose or draw the cases to read twice and allocate their second readers (lead only). */
    CHOOSE_SECOND_READING,
    /** Read a case a second time, blind: only the case's allocated second reader. */
    SECOND_READ,
    /** Settle a difference between the two readings of a case: the agreed answer, who and why (lead only). */
    SETTLE_READINGS,
    /** Read how far the two readings agree, the differences once both are submitted, and their effect on ratings. */
    READ_AGREEMENT;

    /** Whether the action concerns one sampled case, so its allocation matters. */
    public boolean caseLevel() {
        return this == READ_CASE || this == ASSESS_CASE || this == SECOND_READ;
    }
}
