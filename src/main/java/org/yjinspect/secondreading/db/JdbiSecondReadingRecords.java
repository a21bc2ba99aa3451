package org.yjinspect.secondreading.db;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.yjinspect.records.db.AuditLog;
import org.yjinspect.records.db.InspectionWrites;
import org.yjinspect.records.domain.Actor;
import org.yjinspect.secondreading.app.DrawRecord;
import org.yjinspect.secondreading.app.SecondReadingRecords;
import org.yjinspect.secondreading.app.Settlement;

/**
 * Second readings in PostgreSQL. Choosing, drawing, allocating, withdrawing, submitting and
 * settling are audited under entities {@code second_reading} (record: the case's reference),
 * {@code second_reading_draw} (record: the draw's number) and {@code reading_settlement} (record:
 * the case's reference and the item); the answers themselves are revisioned ({@link AnswerWrites}).
 */
public final class JdbiSecondReadingRecords implements SecondReadingRecords {
    static final String ENTITY = "second_reading";
    private final Jdbi jdbi;
    private final InspectionWrites writes;

    public JdbiSecondReadingRecords(Jdbi jdbi, InspectionWrites writes) {
        this.jdbi = jdbi;
        this.writes = writes;
    }

    @Override
    public List<StoredCase> cases(long inspectionId) {
        return jdbi.withHandle(h -> SecondReadingRows.cases(h, inspectionId, ""));
    }

    @Override
    public Optional<StoredCase> find(long inspectionId, long sampleCaseId) {
        return jdbi.withHandle(h -> SecondReadingRows.find(h, inspectionId, sampleCaseId));
    }

    @Override
    public Optional<DrawRecord> lastDraw(long inspectionId) {
        return jdbi.withHandle(h -> SecondReadingRows.lastDraw(h, inspectionId));
    }

    @Override
    public void choose(long inspectionId, Map<Long, String> references, Actor actor) {
        writes.write(inspectionId, actor, (h, audit) -> Choices.choose(h, audit, inspectionId, null, references));
    }

    @Override
    public void draw(long inspectionId, DrawRecord draw, Map<Long, String> references, Actor actor) {
        writes.write(inspectionId, actor, (h, audit) -> {
            int number = h.createUpdate("insert into second_reading_draw (inspection_id, number, seed, share_percent,"
                            + " policy, policy_reason, cases, drawn_by) select :i, coalesce(max(number), 0) + 1, :seed,"
                            + " :share, :policy, :reason, :cases, :by from second_reading_draw where inspection_id = :i")
                    .bind("i", inspectionId).bind("seed", draw.seed()).bind("share", draw.sharePercent())
                    .bind("policy", draw.policy()).bind("reason", draw.policyReason()).bind("cases", draw.cases())
                    .bind("by", actor.name()).executeAndReturnGeneratedKeys("number").mapTo(Integer.class).one();
            String record = String.valueOf(number);
            audit.record(AuditLog.Scope.INSPECTION, "second_reading_draw", record, "seed", null, draw.seed());
            audit.record(AuditLog.Scope.INSPECTION, "second_reading_draw", record, "share_percent", null,
                    draw.sharePercent());
            audit.record(AuditLog.Scope.INSPECTION, "second_reading_draw", record, "cases", null, draw.cases());
            return Choices.choose(h, audit, inspectionId, number, references);
        });
    }

    @Override
    public Saved allocate(long inspectionId, long sampleCaseId, String reference, String username, Actor actor) {
        return writes.write(inspectionId, actor, (h, audit) -> Choices.allocate(h, audit, inspectionId, sampleCaseId,
                reference, username));
    }

    @Override
    public Saved withdraw(long inspectionId, long sampleCaseId, String reference, Actor actor) {
        return writes.write(inspectionId, actor, (h, audit) -> Choices.withdraw(h, audit, inspectionId, sampleCaseId,
                reference));
    }

    @Override
    public Map<Long, List<StoredAnswer>> secondAnswers(long inspectionId) {
        return jdbi.withHandle(h -> SecondReadingRows.answers(h, "second_reading_answer", inspectionId));
    }

    @Override
    public Map<Long, List<StoredAnswer>> firstAnswers(long inspectionId) {
        return jdbi.withHandle(h -> SecondReadingRows.answers(h, "second_reading_first_answer", inspectionId));
    }

    @Override
    public Saved save(long inspectionId, long sampleCaseId, int baseRevision, List<StoredAnswer> set,
                      List<StoredAnswer> cleared, Actor actor) {
        return writes.write(inspectionId, actor, (h, audit) -> AnswerWrites.save(h, inspectionId, sampleCaseId,
                baseRevision, set, cleared, actor));
    }

    @Override
    public Saved submit(long inspectionId, long sampleCaseId, String reference, int baseRevision, Actor actor) {
        return writes.write(inspectionId, actor, (h, audit) -> AnswerWrites.submit(h, audit, inspectionId,
                sampleCaseId, reference, baseRevision, actor));
    }

    @Override
    public Map<Long, List<Settlement>> settlements(long inspectionId) {
        return jdbi.withHandle(h -> SecondReadingRows.settlements(h, inspectionId));
    }

    @Override
    public Settlement settle(long inspectionId, long sampleCaseId, String reference, Settlement s, Actor actor) {
        return writes.write(inspectionId, actor, (h, audit) -> Settlements.insert(h, audit, inspectionId, sampleCaseId,
                reference, s));
    }
}
