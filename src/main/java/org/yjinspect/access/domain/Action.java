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
    /** Write the report's own inputs: recommendations by addressee and the contextual figures (lead only; locked once published). */
    EDIT_REPORT;

    /** Whether the action concerns one sampled case, so its allocation matters. */
    public boolean caseLevel() {
        return this == READ_CASE || this == ASSESS_CASE;
    }
}
