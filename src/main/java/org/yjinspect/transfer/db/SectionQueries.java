package org.yjinspect.transfer.db;

import java.util.Map;
import java.util.stream.Collectors;
import org.yjinspect.transfer.domain.DocumentField;
import org.yjinspect.transfer.domain.DocumentSection;

/**
 * The query that reads one section's rows of an inspection, in a stable order (so that an
 * import stores them in the same order and a second export reads the same): from its table's
 * columns, a case's id read back as its reference; the source's team, allocations and discards
 * by their own queries.
 */
final class SectionQueries {
    private static final String MEMBERS = "select user_id, 'member ' || dense_rank() over (order by user_id) as member,"
            + " string_agg(role, ', ' order by role) as roles from inspection_member where inspection_id = :id"
            + " group by user_id";
    private static final Map<String, String> OWN = Map.of(
            "publication", "select t.published_at, t.published_by from inspection t where t.id = :id"
                    + " and t.published_at is not null",
            "sourceTeam", "select 'member ' || dense_rank() over (order by m.user_id), a.username, m.role, m.added_by,"
                    + " m.added_at from inspection_member m join user_account a on a.id = m.user_id"
                    + " where m.inspection_id = :id order by m.user_id, m.role",
            "sampleDiscards", "select t.record, t.new_value, t.actor, t.recorded_at from audit_entry t"
                    + " where t.inspection_id = :id and t.entity = 'sample' and t.field = 'discard_reason' order by t.id",
            "allocations", "select c.case_reference, coalesce(m.member, 'not on the team'), coalesce(m.roles, 'none'),"
                    + " t.allocated_by, t.allocated_at from case_allocation t join sample_case s on s.id = t.sample_case_id"
                    + " join caseload_case c on c.id = s.case_id left join (" + MEMBERS + ") m on m.user_id = t.user_id"
                    + " where t.inspection_id = :id order by s.id");
    private static final Map<String, String> ORDER = Map.ofEntries(
            Map.entry("sample_plan", "t.case_type"), Map.entry("case_assessment", "t.sample_case_id"),
            Map.entry("case_judgement", "t.sample_case_id"), Map.entry("prompt_answer", "t.sample_case_id, t.prompt_id"),
            Map.entry("key_question_answer", "t.sample_case_id, t.key_question_id"),
            Map.entry("key_question_evidence", "t.sample_case_id, t.key_question_id"),
            Map.entry("qualitative_evidence", "t.standard_number, t.question_number"),
            Map.entry("proposed_rating", "t.standard_number"), Map.entry("key_data", "t.inspection_id"),
            Map.entry("panel_decision", "t.standard_number"), Map.entry("inspection", "t.id"),
            Map.entry("second_reading_draw", "t.number"), Map.entry("second_reading_case", "t.sample_case_id"),
            Map.entry("second_reading_answer", "t.sample_case_id, t.level, t.item_id"),
            Map.entry("second_reading_first_answer", "t.sample_case_id, t.level, t.item_id"),
            Map.entry("reading_settlement", "t.sample_case_id, t.level, t.item_id, t.revision"));

    private SectionQueries() {
    }

    static String of(DocumentSection section) {
        String own = OWN.get(section.name());
        if (own != null) {
            return own;
        }
        String columns = section.fields().stream().map(SectionQueries::column).collect(Collectors.joining(", "));
        String where = switch (section.owner()) {
            case INSPECTION_ROW -> "t.id = :id";
            case INSPECTION -> "t.inspection_id = :id";
            case SAMPLE -> "t.sample_id in (select id from sample where inspection_id = :id)";
            case RECORD_ONLY -> throw new IllegalArgumentException(section.name() + " has its own query");
        };
        return "select " + columns + " from " + section.table() + " t where " + where + " order by "
                + ORDER.getOrDefault(section.table(), "t.id");
    }

    private static String column(DocumentField field) {
        return switch (field.refersTo()) {
            case NONE -> "t." + field.column();
            case CASELOAD_CASE -> "(select c.case_reference from caseload_case c where c.id = t." + field.column() + ")";
            case SAMPLE_CASE -> "(select c.case_reference from sample_case s join caseload_case c on c.id = s.case_id"
                    + " where s.id = t." + field.column() + ")";
        };
    }
}
