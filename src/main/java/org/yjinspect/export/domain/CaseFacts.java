package org.yjinspect.export.domain;

import java.util.ArrayList;
import java.util.List;
import org.yjinspect.export.domain.Column.Kind;

/**
 * The facts of a sampled case that open every row of the case-level exports. Names are left
 * out on purpose (the caseload's case manager, any child's): the reference is the service's
 * pseudonymous one. Gender, ethnicity and dates of birth stay out too: the caseload profile of
 * the report shows them in aggregate, never per case.
 */
final class CaseFacts {
    private static final String BLANK = "; blank: not recorded yet";
    static final List<Column> COLUMNS = List.of(
            Column.of("sample_case_id", Kind.CASE_FACT, "a whole number",
                    "The case's id in the sample; it stays the same when the case is replaced"),
            Column.of("case_reference", Kind.CASE_FACT, "text, as in the caseload",
                    "The service's pseudonymous case reference (never a name)"),
            Column.of("case_type", Kind.CASE_FACT, "court, out_of_court, resettlement",
                    "The kind of case: which standards it is assessed on"),
            Column.of("disposal_type", Kind.CASE_FACT, "referral_order, youth_rehabilitation_order,"
                    + " detention_and_training_order, other_custodial_sentence, youth_conditional_caution,"
                    + " youth_caution, community_resolution, diversion", "The sentence or out-of-court outcome"),
            Column.of("sample_status", Kind.CASE_FACT, "selected, replaced",
                    "Whether the case is in the sample now; a replaced case keeps its answers, which no longer count"
                            + " towards the ratings"),
            Column.of("selected_by", Kind.CASE_FACT, "draw, replacement",
                    "How the case came into the sample"),
            Column.of("service_rosh", Kind.CASE_FACT, "low, medium, high, very_high",
                    "The service's risk of serious harm classification (from the caseload)"),
            Column.of("service_safety_wellbeing", Kind.CASE_FACT, "low, medium, high, very_high",
                    "The service's safety and wellbeing classification (from the caseload)"),
            Column.of("inspector_rosh", Kind.CASE_FACT, "low, medium, high, very_high" + BLANK,
                    "The inspector's own risk of serious harm classification"),
            Column.of("inspector_rosh_agrees", Kind.CASE_FACT, "yes, no" + BLANK,
                    "Whether the inspector agrees with the service's risk of serious harm classification"),
            Column.of("inspector_safety_wellbeing", Kind.CASE_FACT, "low, medium, high, very_high" + BLANK,
                    "The inspector's own safety and wellbeing classification"),
            Column.of("inspector_safety_wellbeing_agrees", Kind.CASE_FACT, "yes, no" + BLANK,
                    "Whether the inspector agrees with the service's safety and wellbeing classification"),
            Column.of("assessment_status", Kind.CASE_FACT, "not_started, in_progress, submitted,"
                    + " returned_for_rework, accepted", "Where the case assessment is in its life"));
    /** The few facts the long layout repeats on every answer, so it can be filtered without the wide one. */
    static final List<Column> IN_LONG = List.of(COLUMNS.get(0), COLUMNS.get(1), COLUMNS.get(2), COLUMNS.get(4));

    private CaseFacts() {
    }

    static List<Cell> cells(ExportedCase c) {
        List<Cell> cells = new ArrayList<>(COLUMNS.size());
        cells.add(Cell.number(c.sampleCaseId()));
        cells.add(Cell.text(c.reference()));
        cells.add(Cell.text(c.caseType()));
        cells.add(Cell.text(c.disposalType()));
        cells.add(Cell.text(c.sampleStatus()));
        cells.add(Cell.text(c.selectedBy()));
        cells.add(Cell.text(c.serviceRiskOfSeriousHarm()));
        cells.add(Cell.text(c.serviceSafetyWellbeing()));
        cells.add(Cell.text(c.inspectorRiskOfSeriousHarm()));
        cells.add(Cell.text(c.riskAgrees()));
        cells.add(Cell.text(c.inspectorSafetyWellbeing()));
        cells.add(Cell.text(c.safetyWellbeingAgrees()));
        cells.add(Cell.text(c.assessmentStatus()));
        return cells;
    }

    static List<Cell> inLong(ExportedCase c) {
        return List.of(Cell.number(c.sampleCaseId()), Cell.text(c.reference()), Cell.text(c.caseType()),
                Cell.text(c.sampleStatus()));
    }
}
