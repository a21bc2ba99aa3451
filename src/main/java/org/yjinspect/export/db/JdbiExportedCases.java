package org.yjinspect.export.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.result.ResultIterator;
import org.yjinspect.caseload.domain.CaseTypes;
import org.yjinspect.caseload.domain.DisposalType;
import org.yjinspect.caseload.domain.RiskLevel;
import org.yjinspect.export.app.ExportedCases;
import org.yjinspect.export.domain.ExportedCase;
import org.yjinspect.export.domain.StoredAnswer;
import org.yjinspect.framework.domain.CaseType;

/**
 * Every case ever in an inspection's sample with its facts, classifications, status and stored
 * answers, in one query ordered by case: PostgreSQL sends it through a cursor {@value #FETCH}
 * rows at a time (a fetch size works only inside a transaction), and the rows of one case are
 * put together as they pass, so one case at a time is held, whatever the sample's size. The
 * view is one read-only repeatable-read transaction.
 */
public final class JdbiExportedCases implements ExportedCases {
    static final int FETCH = 1000;
    /** A case's stored answers, found through the primary keys, whose first column is the case. */
    private static final String ANSWERS = "select standard_number, prompt_id as item_id, key_question_id,"
            + " false as key_question, answer, updated_by, updated_at from prompt_answer"
            + " where sample_case_id = s.id and answer is not null"
            + " union all select standard_number, key_question_id, key_question_id, true, answer, updated_by, updated_at"
            + " from key_question_answer where sample_case_id = s.id and answer is not null";
    /**
     * Each case, then (lateral, so per case and by index whatever the planner's statistics: a
     * plain join once chose to scan every answer for every case on freshly loaded tables) its
     * answers; the cases come sorted, so the rows need no sort of their own.
     */
    private static final String CASES = "select s.*, x.* from (select s.id, c.case_reference, s.case_type,"
            + " c.disposal_type, s.status as sample_status, s.selected_by, c.rosh, c.safety_wellbeing,"
            + " j.rosh as inspector_rosh, j.rosh_agrees, j.safety_wellbeing as inspector_safety_wellbeing,"
            + " j.safety_wellbeing_agrees, a.status as assessment_status"
            + " from sample_case s join sample sm on sm.id = s.sample_id join caseload_case c on c.id = s.case_id"
            + " left join case_judgement j on j.sample_case_id = s.id"
            + " left join case_assessment a on a.sample_case_id = s.id"
            + " where sm.inspection_id = :inspection order by s.id) s"
            + " left join lateral (" + ANSWERS + ") x on true order by s.id";
    private final Jdbi jdbi;

    public JdbiExportedCases(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void inOneView(long inspectionId, Consumer<Reading> work) {
        jdbi.useTransaction(h -> {
            // In the transaction itself, so it rides with BEGIN: no session setting to set and reset.
            h.execute("set transaction isolation level repeatable read, read only");
            work.accept(each -> eachCase(h, inspectionId, each));
        });
    }

    private static void eachCase(Handle h, long inspectionId, Consumer<ExportedCase> each) {
        try (ResultIterator<Line> lines = h.createQuery(CASES).bind("inspection", inspectionId).setFetchSize(FETCH)
                .map((rs, ctx) -> line(rs)).iterator()) {
            ExportedCase current = null;
            List<StoredAnswer> answers = new ArrayList<>();
            while (lines.hasNext()) {
                Line line = lines.next();
                if (current == null || line.facts().sampleCaseId() != current.sampleCaseId()) {
                    if (current != null) {
                        each.accept(withAnswers(current, answers));
                        answers = new ArrayList<>();
                    }
                    current = line.facts();
                }
                if (line.answer() != null) {
                    answers.add(line.answer());
                }
            }
            if (current != null) {
                each.accept(withAnswers(current, answers));
            }
        }
    }

    /** One row of the query: a case's facts, and one of its answers or none. */
    private record Line(ExportedCase facts, StoredAnswer answer) {
    }

    private static Line line(ResultSet rs) throws SQLException {
        ExportedCase facts = new ExportedCase(rs.getLong("id"), rs.getString("case_reference"),
                CaseTypes.code(CaseType.valueOf(rs.getString("case_type"))),
                DisposalType.valueOf(rs.getString("disposal_type")).code(), word(rs.getString("sample_status")),
                word(rs.getString("selected_by")), risk(rs.getString("rosh")), risk(rs.getString("safety_wellbeing")),
                risk(rs.getString("inspector_rosh")), agrees(rs, "rosh_agrees"),
                risk(rs.getString("inspector_safety_wellbeing")), agrees(rs, "safety_wellbeing_agrees"),
                rs.getString("assessment_status") == null ? "not_started" : word(rs.getString("assessment_status")),
                List.of());
        String item = rs.getString("item_id");
        StoredAnswer answer = item == null ? null : new StoredAnswer(rs.getString("standard_number"), item,
                rs.getString("key_question_id"), rs.getBoolean("key_question"), word(rs.getString("answer")),
                rs.getString("updated_by"), rs.getObject("updated_at", OffsetDateTime.class).toInstant());
        return new Line(facts, answer);
    }

    private static ExportedCase withAnswers(ExportedCase c, List<StoredAnswer> answers) {
        return new ExportedCase(c.sampleCaseId(), c.reference(), c.caseType(), c.disposalType(), c.sampleStatus(),
                c.selectedBy(), c.serviceRiskOfSeriousHarm(), c.serviceSafetyWellbeing(),
                c.inspectorRiskOfSeriousHarm(), c.riskAgrees(), c.inspectorSafetyWellbeing(),
                c.safetyWellbeingAgrees(), c.assessmentStatus(), answers);
    }

    private static String risk(String stored) {
        return stored == null ? null : RiskLevel.valueOf(stored).code();
    }

    private static String agrees(ResultSet rs, String column) throws SQLException {
        Boolean agrees = (Boolean) rs.getObject(column);
        return agrees == null ? null : agrees ? "yes" : "no";
    }

    /** A stored enum name as the export writes it: "RETURNED_FOR_REWORK" becomes "returned_for_rework". */
    private static String word(String stored) {
        return stored == null ? null : stored.toLowerCase(Locale.ROOT);
    }
}
