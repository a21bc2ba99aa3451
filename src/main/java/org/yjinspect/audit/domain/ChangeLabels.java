package org.yjinspect.audit.domain;

import java.util.Map;
import java.util.Set;

/**
 * What each change in the audit trail is called in inspectors' words. The trail keeps the
 * technical names it was written with (the record's kind, its key and the field); this one
 * table turns each kind-and-field into the words a history page shows, with {@code {record}}
 * standing for the record's key (a prompt, a key question, a case, a standard, a line's number).
 * A pair the table does not know (a trail written by an older version) is shown as stored.
 */
public final class ChangeLabels {
    private static final String RECORD = "{record}";
    /** Keyed by "entity field", exactly as {@code AuditLog.record} and the database functions write them. */
    static final Map<String, String> LABELS = Map.ofEntries(
            // The inspection (inspection.db.JdbiInspections, InspectionRemoval; panel.db.JdbiPanelDecisions).
            Map.entry("inspection service_name", "Service"),
            Map.entry("inspection kind", "Kind of inspection"),
            Map.entry("inspection framework_version", "Framework version"),
            Map.entry("inspection announcement_date", "Announcement date"),
            Map.entry("inspection fieldwork_start", "Fieldwork start"),
            Map.entry("inspection fieldwork_end", "Fieldwork end"),
            Map.entry("inspection court_window", "Court disposals' eligibility window"),
            Map.entry("inspection out_of_court_window", "Out-of-court disposals' eligibility window"),
            Map.entry("inspection resettlement_window", "Resettlement cases' eligibility window"),
            Map.entry("inspection deleted_at", "Inspection deleted"),
            Map.entry("inspection deletion_reason", "Reason for deleting the inspection"),
            Map.entry("inspection records_removed", "Records removed with the inspection"),
            Map.entry("inspection published_at", "Ratings published"),
            Map.entry("inspection final_ratings", "Final ratings"),
            // The team and allocations (access.db.JdbiTeamRecords, inspection.db.JdbiInspections).
            Map.entry("team member role", "Team role of " + RECORD),
            Map.entry("case allocation allocated_to", "Case " + RECORD + " allocated to"),
            // The caseload (caseload.db.JdbiCaseloads).
            Map.entry("caseload cases", "Cases in the caseload"),
            Map.entry("caseload source", "Caseload file"),
            Map.entry("caseload rows_left_out", "Caseload rows left out"),
            // The sample (sampling.db.SampleAudit).
            Map.entry("sample status", "Sample status"),
            Map.entry("sample seed", "Sample's random seed"),
            Map.entry("sample rules", "Sampling rules"),
            Map.entry("sample caseload_revision", "Caseload version sampled"),
            Map.entry("sample cases", "Cases in the sample"),
            Map.entry("sample discard_reason", "Reason for discarding the sample"),
            Map.entry("sample_case status", "Case " + RECORD + " in the sample"),
            Map.entry("sample_case replacement_reason", "Reason for replacing case " + RECORD),
            Map.entry("sample_case replaces", "Case " + RECORD + " replaces"),
            Map.entry("sample_case match_reason", "Why case " + RECORD + " is a like-for-like replacement"),
            // A case assessment (V40 save_answer and start_case_assessment; assessment.db.CaseRecordWrites).
            Map.entry("prompt_answer answer", "Prompt " + RECORD + " answer"),
            Map.entry("key_question_answer answer", "Key question judgement " + RECORD),
            Map.entry("key_question_evidence note", "Evidence note, key question " + RECORD),
            Map.entry("key_question_evidence good_practice", "Good practice example, key question " + RECORD),
            Map.entry("case_judgement rosh", "Risk of serious harm classification"),
            Map.entry("case_judgement rosh_agrees", "Agrees with the service's risk of serious harm classification"),
            Map.entry("case_judgement safety_wellbeing", "Safety and wellbeing classification"),
            Map.entry("case_judgement safety_wellbeing_agrees", "Agrees with the service's safety and wellbeing classification"),
            Map.entry("case_assessment status", "Status"),
            Map.entry("case_assessment rework_reason", "Reason for rework"),
            // Organisational delivery (organisation.db.JdbiOrganisationRecords, FieldworkLines).
            Map.entry("qualitative_evidence note", "Evidence note, standard " + RECORD),
            Map.entry("proposed_rating rating", "Proposed rating, standard " + RECORD),
            Map.entry("proposed_rating rationale", "Rationale for the proposed rating, standard " + RECORD),
            Map.entry("key_data budget_pounds", "Budget (£)"),
            Map.entry("key_data staff_headcount", "Staff headcount"),
            Map.entry("key_data vacancy_rate_percent", "Vacancy rate (%)"),
            Map.entry("key_data average_caseload", "Average caseload"),
            Map.entry("key_data sickness_days_per_person", "Sickness days per person"),
            Map.entry("staff_survey_result question", "Staff survey line " + RECORD + ": question"),
            Map.entry("staff_survey_result responses", "Staff survey line " + RECORD + ": responses"),
            Map.entry("staff_survey_result percent_agreeing", "Staff survey line " + RECORD + ": % agreeing"),
            Map.entry("staff_survey_result removed", "Staff survey line " + RECORD + " removed"),
            Map.entry("fieldwork_meeting held_on", "Meeting or interview " + RECORD + ": date"),
            Map.entry("fieldwork_meeting kind", "Meeting or interview " + RECORD + ": kind"),
            Map.entry("fieldwork_meeting with_whom", "Meeting or interview " + RECORD + ": with whom"),
            Map.entry("fieldwork_meeting participants", "Meeting or interview " + RECORD + ": participants"),
            Map.entry("fieldwork_meeting standard_number", "Meeting or interview " + RECORD + ": standard"),
            Map.entry("fieldwork_meeting removed", "Meeting or interview " + RECORD + " removed"),
            // Second reading (secondreading.db; V84 reveal_second_reading).
            Map.entry("second_reading chosen", "Case " + RECORD + " chosen for second reading"),
            Map.entry("second_reading second_reader", "Second reader of case " + RECORD),
            Map.entry("second_reading status", "Second reading of case " + RECORD),
            Map.entry("second_reading revealed", "Both readings of case " + RECORD),
            Map.entry("second_reading_draw seed", "Second reading draw " + RECORD + ": random seed"),
            Map.entry("second_reading_draw share_percent", "Second reading draw " + RECORD + ": share of the sample (%)"),
            Map.entry("second_reading_draw cases", "Second reading draw " + RECORD + ": cases drawn"),
            Map.entry("reading_settlement agreed_answer", "Agreed answer, case " + RECORD),
            Map.entry("reading_settlement reason", "Why the answer was agreed, case " + RECORD),
            // The ratings panel (panel.db.JdbiPanelDecisions).
            Map.entry("panel_decision rating", "Panel decision, standard " + RECORD),
            Map.entry("panel_decision rationale", "Panel's rationale, standard " + RECORD));

    private ChangeLabels() {
    }

    /** Every pair the table names, each as "entity field". */
    public static Set<String> pairs() {
        return LABELS.keySet();
    }

    /** Whether the table names this kind of record's field. */
    public static boolean knows(String entity, String field) {
        return LABELS.containsKey(entity + " " + field);
    }

    /** What changed, in inspectors' words; an unknown pair as stored (its underscores as spaces). */
    public static String of(String entity, String record, String field) {
        String label = LABELS.get(entity + " " + field);
        if (label == null) {
            return entity.replace('_', ' ') + " " + record + ": " + field.replace('_', ' ');
        }
        return label.replace(RECORD, record == null ? "" : record);
    }

    public static String of(AuditEntry entry) {
        return of(entry.entity(), entry.record(), entry.field());
    }
}
