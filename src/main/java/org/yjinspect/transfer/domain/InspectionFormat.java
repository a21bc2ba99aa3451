package org.yjinspect.transfer.domain;

import static org.yjinspect.transfer.domain.DocumentField.Reference.CASELOAD_CASE;
import static org.yjinspect.transfer.domain.DocumentField.Reference.NONE;
import static org.yjinspect.transfer.domain.DocumentField.Reference.SAMPLE_CASE;
import static org.yjinspect.transfer.domain.DocumentField.caseOf;
import static org.yjinspect.transfer.domain.DocumentField.code;
import static org.yjinspect.transfer.domain.DocumentField.decimal;
import static org.yjinspect.transfer.domain.DocumentField.name;
import static org.yjinspect.transfer.domain.DocumentField.of;
import static org.yjinspect.transfer.domain.DocumentField.requiredText;
import static org.yjinspect.transfer.domain.DocumentField.text;
import static org.yjinspect.transfer.domain.DocumentField.whole;
import static org.yjinspect.transfer.domain.DocumentSection.Owner.INSPECTION;
import static org.yjinspect.transfer.domain.DocumentSection.Owner.INSPECTION_ROW;
import static org.yjinspect.transfer.domain.DocumentSection.Owner.RECORD_ONLY;
import static org.yjinspect.transfer.domain.DocumentSection.Owner.SAMPLE;
import static org.yjinspect.transfer.domain.DocumentSection.Shape.LIST;
import static org.yjinspect.transfer.domain.DocumentSection.Shape.ONE;
import static org.yjinspect.transfer.domain.DocumentSection.Shape.ONE_OR_NULL;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.yjinspect.access.domain.Role;
import org.yjinspect.caseload.domain.DisposalType;
import org.yjinspect.caseload.domain.Ethnicity;
import org.yjinspect.caseload.domain.Gender;
import org.yjinspect.caseload.domain.RiskLevel;
import org.yjinspect.context.domain.FigureWording;
import org.yjinspect.finding.domain.FindingKind;
import org.yjinspect.finding.domain.FindingWording;
import org.yjinspect.framework.domain.CaseType;
import org.yjinspect.rating.domain.Rating;
import org.yjinspect.recommendation.domain.RecommendationWording;

/**
 * Format 1 of the inspection document, as data: its sections in the order they are written, and
 * each one's fields with their columns and bounds. The bounds are the normal inputs' (a note at
 * most 5,000 characters, a reason 500, a name 60), so a file can never bring in what a person
 * could not have typed; a recommendation's, an entered figure's and a finding's bounds are their
 * features' own ({@link RecommendationWording}, {@link FigureWording}, {@link FindingWording}). Ids are never written: a case is named by
 * its pseudonymous reference, and every id is new on the importing server. The recommendations,
 * contextual figures and findings came later than the rest of format 1, so a file may leave them out.
 */
public final class InspectionFormat {
    public static final String FORMAT = "yjinspect-inspection";
    public static final int VERSION = 1;
    static final int NOTE = 5000;
    static final int VALUE = 20000;
    static final long INT = Integer.MAX_VALUE;

    private static final Set<String> RATINGS = names(Rating.values());
    private static final Set<String> RISKS = names(RiskLevel.values());
    private static final Set<String> LEVELS = Set.of("PROMPT", "KEY_QUESTION", "CLASSIFICATION");
    private static final List<DocumentSection> SECTIONS = List.of(
            new DocumentSection("inspection", ONE, "inspection", INSPECTION_ROW, List.of(
                    name("serviceName", "service_name", 120), code("kind", "kind", Set.of("INSPECTION", "SELF_ASSESSMENT")),
                    of("announcementDate", "announcement_date", FieldKind.DATE),
                    of("fieldworkStart", "fieldwork_start", FieldKind.DATE), of("fieldworkEnd", "fieldwork_end", FieldKind.DATE),
                    whole("courtWindowNearest", "court_window_nearest", 0, 120),
                    whole("courtWindowFurthest", "court_window_furthest", 1, 120),
                    whole("outOfCourtWindowNearest", "out_of_court_window_nearest", 0, 120),
                    whole("outOfCourtWindowFurthest", "out_of_court_window_furthest", 1, 120),
                    whole("resettlementWindowNearest", "resettlement_window_nearest", 0, 120),
                    whole("resettlementWindowFurthest", "resettlement_window_furthest", 1, 120),
                    whole("caseloadRevision", "caseload_revision", 0, INT), whole("revision", "revision", 1, INT),
                    of("createdAt", "created_at", FieldKind.TIMESTAMP), of("updatedAt", "updated_at", FieldKind.TIMESTAMP))),
            new DocumentSection("publication", ONE_OR_NULL, "inspection", INSPECTION_ROW, List.of(
                    of("publishedAt", "published_at", FieldKind.TIMESTAMP), name("publishedBy", "published_by", 60))),
            new DocumentSection("sourceTeam", LIST, "inspection_member", RECORD_ONLY, List.of(
                    name("member", "member", 20), name("username", "username", 60),
                    code("role", "role", names(Role.values())), name("addedBy", "added_by", 60),
                    of("addedAt", "added_at", FieldKind.TIMESTAMP))),
            new DocumentSection("caseload", LIST, "caseload_case", INSPECTION, List.of(
                    caseOf("caseReference", "case_reference", NONE), code("caseType", "case_type", names(CaseType.values())),
                    code("disposalType", "disposal_type", names(DisposalType.values())),
                    of("disposalStartDate", "disposal_start_date", FieldKind.DATE),
                    of("releaseDate", "release_date", FieldKind.DATE).orNull(),
                    code("gender", "gender", names(Gender.values())), code("ethnicity", "ethnicity", names(Ethnicity.values())),
                    of("dateOfBirth", "date_of_birth", FieldKind.DATE).orNull(), whole("age", "age", 10, 25).orNull(),
                    code("rosh", "rosh", RISKS), code("safetyWellbeing", "safety_wellbeing", RISKS),
                    of("caseManager", "case_manager", FieldKind.CASE_MANAGER), whole("sourceLine", "source_line", 1, INT))),
            new DocumentSection("sample", ONE_OR_NULL, "sample", INSPECTION, List.of(
                    whole("seed", "seed", Long.MIN_VALUE, Long.MAX_VALUE), whole("confidencePercent", "confidence_percent", 1, 99),
                    decimal("marginPoints", "margin_points", 100), whole("minimumSize", "minimum_size", 0, INT),
                    whole("maximumSize", "maximum_size", 0, INT).orNull(), whole("resettlementCap", "resettlement_cap", 0, INT),
                    whole("caseloadRevision", "caseload_revision", 0, INT), of("drawnAt", "drawn_at", FieldKind.TIMESTAMP),
                    whole("revision", "revision", 1, INT))),
            new DocumentSection("samplePlan", LIST, "sample_plan", SAMPLE, List.of(
                    code("caseType", "case_type", names(CaseType.values())), whole("eligible", "eligible", 0, INT),
                    whole("size", "size", 0, INT), text("working", "working", NOTE))),
            new DocumentSection("sampleCases", LIST, "sample_case", SAMPLE, List.of(
                    caseOf("caseReference", "case_id", CASELOAD_CASE), code("caseType", "case_type", names(CaseType.values())),
                    code("status", "status", Set.of("SELECTED", "REPLACED")),
                    code("selectedBy", "selected_by", Set.of("DRAW", "REPLACEMENT")), whole("revision", "revision", 1, INT),
                    of("createdAt", "created_at", FieldKind.TIMESTAMP))),
            new DocumentSection("replacements", LIST, "sample_replacement", SAMPLE, List.of(
                    caseOf("replacedCase", "replaced_sample_case_id", SAMPLE_CASE),
                    caseOf("replacementCase", "replacement_sample_case_id", SAMPLE_CASE), text("reason", "reason", 500),
                    text("matchReason", "match_reason", NOTE), of("replacedAt", "replaced_at", FieldKind.TIMESTAMP))),
            new DocumentSection("sampleDiscards", LIST, "audit_entry", RECORD_ONLY, List.of(
                    name("sample", "record", 200), text("reason", "new_value", 500), name("discardedBy", "actor", 60),
                    of("discardedAt", "recorded_at", FieldKind.TIMESTAMP))),
            new DocumentSection("allocations", LIST, "case_allocation", RECORD_ONLY, List.of(
                    caseOf("caseReference", "sample_case_id", SAMPLE_CASE), name("allocatedTo", "member", 20),
                    name("roles", "roles", 200), name("allocatedBy", "allocated_by", 60),
                    of("allocatedAt", "allocated_at", FieldKind.TIMESTAMP))),
            cased("caseStatuses", "case_assessment", List.of(
                    code("status", "status", Set.of("NOT_STARTED", "IN_PROGRESS", "SUBMITTED", "RETURNED_FOR_REWORK",
                            "ACCEPTED")), text("reworkReason", "rework_reason", 1000).orNull())),
            cased("judgements", "case_judgement", List.of(
                    code("rosh", "rosh", RISKS).orNull(), of("roshAgrees", "rosh_agrees", FieldKind.YES_NO).orNull(),
                    code("safetyWellbeing", "safety_wellbeing", RISKS).orNull(),
                    of("safetyWellbeingAgrees", "safety_wellbeing_agrees", FieldKind.YES_NO).orNull())),
            cased("promptAnswers", "prompt_answer", List.of(
                    name("promptId", "prompt_id", 100), name("standardNumber", "standard_number", 10),
                    name("keyQuestionId", "key_question_id", 100),
                    code("answer", "answer", Set.of("YES", "NO", "NOT_APPLICABLE")).orNull())),
            cased("keyQuestionAnswers", "key_question_answer", List.of(
                    name("keyQuestionId", "key_question_id", 100), name("standardNumber", "standard_number", 10),
                    code("answer", "answer", Set.of("YES", "NO", "NOT_RELEVANT")).orNull())),
            cased("evidence", "key_question_evidence", List.of(
                    name("keyQuestionId", "key_question_id", 100), name("standardNumber", "standard_number", 10),
                    text("note", "note", NOTE), of("goodPractice", "good_practice", FieldKind.YES_NO))),
            versioned("qualitativeEvidence", LIST, "qualitative_evidence", List.of(
                    name("standardNumber", "standard_number", 10), whole("questionNumber", "question_number", 1, 1000),
                    text("note", "note", NOTE))),
            versioned("proposedRatings", LIST, "proposed_rating", List.of(
                    name("standardNumber", "standard_number", 10), code("rating", "rating", RATINGS).orNull(),
                    text("rationale", "rationale", NOTE))),
            versioned("keyData", ONE_OR_NULL, "key_data", List.of(
                    decimal("budgetPounds", "budget_pounds", 999_999_999_999L).orNull(),
                    whole("staffHeadcount", "staff_headcount", 0, INT).orNull(),
                    decimal("vacancyRatePercent", "vacancy_rate_percent", 100).orNull(),
                    decimal("averageCaseload", "average_caseload", 99_999).orNull(),
                    decimal("sicknessDaysPerPerson", "sickness_days_per_person", 9_999).orNull())),
            versioned("staffSurvey", LIST, "staff_survey_result", List.of(
                    text("question", "question", 500), whole("responses", "responses", 0, INT),
                    decimal("percentAgreeing", "percent_agreeing", 100), of("removed", "removed", FieldKind.YES_NO))),
            versioned("meetings", LIST, "fieldwork_meeting", List.of(
                    name("standardNumber", "standard_number", 10).orNull(), of("heldOn", "held_on", FieldKind.DATE),
                    code("kind", "kind", Set.of("MEETING", "INTERVIEW", "FOCUS_GROUP", "OBSERVATION")),
                    name("withWhom", "with_whom", 200), whole("participants", "participants", 1, 1000),
                    of("removed", "removed", FieldKind.YES_NO))),
            versioned("panelDecisions", LIST, "panel_decision", List.of(
                    name("standardNumber", "standard_number", 10), code("rating", "rating", RATINGS),
                    text("rationale", "rationale", NOTE))),
            // Added to format 1 with the report's inputs: a file from before has neither and imports with none.
            versioned("recommendations", LIST, "report_recommendation", List.of(
                    name("addressee", "addressee", RecommendationWording.LONGEST_ADDRESSEE),
                    whole("position", "position", 1, INT).orNull(),
                    requiredText("text", "text", RecommendationWording.LONGEST_TEXT),
                    of("removed", "removed", FieldKind.YES_NO))).absentAsEmpty(),
            versioned("contextualFigures", LIST, "contextual_figure", List.of(
                    name("label", "label", FigureWording.LONGEST_LABEL),
                    name("value", "value", FigureWording.LONGEST_VALUE),
                    name("source", "source", FigureWording.LONGEST_SOURCE),
                    of("removed", "removed", FieldKind.YES_NO))).absentAsEmpty(),
            // Added to format 1 with the findings: a file from before has none and imports with none.
            versioned("findings", LIST, "report_finding", List.of(
                    whole("domain", "domain_number", 1, 9), code("kind", "kind", names(FindingKind.values())),
                    whole("position", "position", 1, INT).orNull(),
                    name("text", "text", FindingWording.LONGEST_TEXT),
                    of("removed", "removed", FieldKind.YES_NO))).absentAsEmpty(),
            // Added to format 1 with second reading (docs/second-reading.md): a file from before has none.
            new DocumentSection(SecondReadingChecks.DRAWS, LIST, "second_reading_draw", INSPECTION, List.of(
                    whole("number", "number", 1, INT), whole("seed", "seed", Long.MIN_VALUE, Long.MAX_VALUE),
                    whole("sharePercent", "share_percent", 1, 100), name("policy", "policy", 200),
                    text("policyReason", "policy_reason", 2000), whole("cases", "cases", 0, INT),
                    name("drawnBy", "drawn_by", 60), of("drawnAt", "drawn_at", FieldKind.TIMESTAMP))).absentAsEmpty(),
            new DocumentSection(SecondReadingChecks.CASES, LIST, "second_reading_case", INSPECTION, List.of(
                    caseOf("caseReference", "sample_case_id", SAMPLE_CASE), whole("drawNumber", "draw_number", 1, INT).orNull(),
                    name("secondReader", "second_reader_name", 60).orNull(),
                    code("status", "status", Set.of("NOT_STARTED", "IN_PROGRESS", "SUBMITTED")),
                    whole("revision", "revision", 0, INT), name("chosenBy", "chosen_by", 60),
                    of("chosenAt", "chosen_at", FieldKind.TIMESTAMP), name("updatedBy", "updated_by", 60).orNull(),
                    of("updatedAt", "updated_at", FieldKind.TIMESTAMP).orNull(),
                    of("submittedAt", "submitted_at", FieldKind.TIMESTAMP).orNull(),
                    of("revealedAt", "revealed_at", FieldKind.TIMESTAMP).orNull(),
                    name("firstReader", "first_reader", 60).orNull())).absentAsEmpty(),
            readingAnswers("secondReadingAnswers", "second_reading_answer"),
            readingAnswers("firstReadingAnswers", "second_reading_first_answer"),
            new DocumentSection("readingSettlements", LIST, "reading_settlement", INSPECTION, List.of(
                    caseOf("caseReference", "sample_case_id", SAMPLE_CASE), code("level", "level", LEVELS),
                    name("itemId", "item_id", 80), whole("revision", "revision", 1, INT),
                    name("standardNumber", "standard_number", 10).orNull(),
                    name("keyQuestionId", "key_question_id", 100).orNull(),
                    name("firstAnswer", "first_answer", 20).orNull(), name("secondAnswer", "second_answer", 20).orNull(),
                    name("agreedAnswer", "agreed_answer", 20), text("reason", "reason", 1000),
                    name("settledBy", "settled_by", 60), of("settledAt", "settled_at", FieldKind.TIMESTAMP)))
                    .absentAsEmpty(),
            new DocumentSection("auditTrail", LIST, "audit_entry", INSPECTION, List.of(
                    caseOf("caseReference", "sample_case_id", SAMPLE_CASE).orNull(),
                    name("standardNumber", "standard_number", 10).orNull(), name("entity", "entity", 100),
                    name("record", "record", 200), name("field", "field", 100), text("oldValue", "old_value", VALUE).orNull(),
                    text("newValue", "new_value", VALUE).orNull(), name("actor", "actor", 60),
                    of("recordedAt", "recorded_at", FieldKind.TIMESTAMP))));

    private InspectionFormat() {
    }

    public static List<DocumentSection> sections() {
        return SECTIONS;
    }

    public static Optional<DocumentSection> section(String name) {
        return SECTIONS.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    public static DocumentSection named(String name) {
        return section(name).orElseThrow(() -> new IllegalArgumentException("no section " + name));
    }

    public static String sectionNames() {
        return SECTIONS.stream().map(DocumentSection::name).collect(Collectors.joining(", "));
    }

    /** A section of one sampled case's records: the case, its fields, then the revision and who changed it last. */
    private static DocumentSection cased(String name, String table, List<DocumentField> fields) {
        List<DocumentField> all = new ArrayList<>();
        all.add(caseOf("caseReference", "sample_case_id", SAMPLE_CASE));
        all.addAll(fields);
        return versioned(name, LIST, table, all);
    }

    /** A section of versioned records: its fields, then each record's revision, who changed it last, and when. */
    private static DocumentSection versioned(String name, DocumentSection.Shape shape, String table,
                                             List<DocumentField> fields) {
        List<DocumentField> all = new ArrayList<>(fields);
        all.add(whole("revision", "revision", 1, INT));
        all.add(name("updatedBy", "updated_by", 60));
        all.add(of("updatedAt", "updated_at", FieldKind.TIMESTAMP));
        return new DocumentSection(name, shape, table, INSPECTION, all);
    }

    /** A reading's answers (second_reading_answer, second_reading_first_answer), each item of a chosen case. */
    private static DocumentSection readingAnswers(String name, String table) {
        return new DocumentSection(name, LIST, table, INSPECTION, List.of(
                caseOf("caseReference", "sample_case_id", SAMPLE_CASE), code("level", "level", LEVELS),
                name("itemId", "item_id", 80), name("standardNumber", "standard_number", 10).orNull(),
                name("keyQuestionId", "key_question_id", 100).orNull(), name("answer", "answer", 20))).absentAsEmpty();
    }

    private static Set<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toUnmodifiableSet());
    }
}
