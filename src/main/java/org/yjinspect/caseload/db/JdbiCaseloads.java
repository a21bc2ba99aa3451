package org.yjinspect.caseload.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.yjinspect.caseload.app.CaseloadSnapshot;
import org.yjinspect.caseload.app.Caseloads;
import org.yjinspect.caseload.domain.CaseRecord;
import org.yjinspect.caseload.domain.DisposalType;
import org.yjinspect.caseload.domain.Ethnicity;
import org.yjinspect.caseload.domain.Gender;
import org.yjinspect.caseload.domain.ParsedCaseload;
import org.yjinspect.caseload.domain.RiskLevel;
import org.yjinspect.framework.domain.CaseType;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.platform.problem.SafeText;
import org.yjinspect.records.db.AuditLog;
import org.yjinspect.records.db.InspectionWrites;
import org.yjinspect.records.domain.Actor;

/**
 * Caseloads in PostgreSQL, table {@code caseload_case}. A replacement goes through the write
 * kernel (publication lock first), locks the inspection row, checks that no sample exists, then
 * deletes, inserts and records the import in the audit trail, in one transaction.
 */
public final class JdbiCaseloads implements Caseloads {
    private static final int BATCH = 2_000;
    private static final String INSERT = "insert into caseload_case (inspection_id, case_reference, case_type,"
            + " disposal_type, disposal_start_date, release_date, gender, ethnicity, date_of_birth, age, rosh,"
            + " safety_wellbeing, case_manager, source_line) values (:inspection, :reference, :type, :disposal,"
            + " :start, :release, :gender, :ethnicity, :birth, :age, :rosh, :wellbeing, :manager, :line)";
    private final Jdbi jdbi;
    private final InspectionWrites writes;

    public JdbiCaseloads(Jdbi jdbi, InspectionWrites writes) {
        this.jdbi = jdbi;
        this.writes = writes;
    }

    @Override
    public int replaceBeforeSampling(long inspectionId, List<ParsedCaseload.LineCase> cases, Source source,
                                     Actor actor) {
        return writes.write(inspectionId, actor, (h, audit) -> {
            int revision = lockInspection(h, inspectionId);
            if (h.createQuery("select exists (select 1 from sample where inspection_id = :id)")
                    .bind("id", inspectionId).mapTo(Boolean.class).one()) {
                throw Problem.conflict("a sample has already been drawn for inspection " + inspectionId
                        + ", so its caseload can no longer be replaced");
            }
            int before = h.createUpdate("delete from caseload_case where inspection_id = :id")
                    .bind("id", inspectionId).execute();
            insert(h, inspectionId, cases);
            h.createUpdate("update inspection set caseload_revision = caseload_revision + 1, revision = revision + 1,"
                    + " updated_at = now() where id = :id").bind("id", inspectionId).execute();
            String record = "revision " + (revision + 1);
            audit.record(AuditLog.Scope.INSPECTION, "caseload", record, "cases", before, cases.size());
            audit.record(AuditLog.Scope.INSPECTION, "caseload", record, "source", null, SafeText.shown(source.name()));
            audit.record(AuditLog.Scope.INSPECTION, "caseload", record, "rows_left_out", null,
                    source.rowsLeftOut() == 0 ? null : source.rowsLeftOut());
            return revision + 1;
        });
    }

    static int lockInspection(Handle h, long inspectionId) {
        return h.createQuery("select caseload_revision from inspection where id = :id for update")
                .bind("id", inspectionId).mapTo(Integer.class).findOne()
                .orElseThrow(() -> Problem.notFound("there is no inspection " + inspectionId));
    }

    private static void insert(Handle h, long inspectionId, List<ParsedCaseload.LineCase> cases) {
        for (int from = 0; from < cases.size(); from += BATCH) {
            PreparedBatch batch = h.prepareBatch(INSERT);
            for (ParsedCaseload.LineCase lineCase : cases.subList(from, Math.min(cases.size(), from + BATCH))) {
                CaseRecord c = lineCase.record();
                batch.bind("inspection", inspectionId).bind("reference", c.reference())
                        .bind("type", c.caseType().name()).bind("disposal", c.disposalType().name())
                        .bind("start", c.disposalStart()).bind("release", c.releaseDate())
                        .bind("gender", c.gender().name()).bind("ethnicity", c.ethnicity().name())
                        .bind("birth", c.dateOfBirth()).bind("age", c.age()).bind("rosh", c.rosh().name())
                        .bind("wellbeing", c.safetyWellbeing().name()).bind("manager", c.caseManager())
                        .bind("line", lineCase.line()).add();
            }
            batch.execute();
        }
    }

    @Override
    public CaseloadSnapshot snapshot(long inspectionId) {
        return jdbi.inTransaction(TransactionIsolationLevel.REPEATABLE_READ, h -> {
            int revision = h.createQuery("select caseload_revision from inspection where id = :id")
                    .bind("id", inspectionId).mapTo(Integer.class).findOne()
                    .orElseThrow(() -> Problem.notFound("there is no inspection " + inspectionId));
            List<CaseloadSnapshot.StoredCase> cases = h.createQuery("select * from caseload_case"
                            + " where inspection_id = :id order by case_reference")
                    .bind("id", inspectionId).map(JdbiCaseloads::map).list();
            return new CaseloadSnapshot(inspectionId, revision, cases);
        });
    }

    static CaseloadSnapshot.StoredCase map(ResultSet rs, StatementContext ctx) throws SQLException {
        CaseRecord record = new CaseRecord(rs.getString("case_reference"), CaseType.valueOf(rs.getString("case_type")),
                DisposalType.valueOf(rs.getString("disposal_type")), rs.getObject("disposal_start_date", LocalDate.class),
                rs.getObject("release_date", LocalDate.class), Gender.valueOf(rs.getString("gender")),
                Ethnicity.valueOf(rs.getString("ethnicity")), rs.getObject("date_of_birth", LocalDate.class),
                (Integer) rs.getObject("age"), RiskLevel.valueOf(rs.getString("rosh")),
                RiskLevel.valueOf(rs.getString("safety_wellbeing")), rs.getString("case_manager"));
        return new CaseloadSnapshot.StoredCase(rs.getLong("id"), rs.getLong("source_line"), record);
    }
}
