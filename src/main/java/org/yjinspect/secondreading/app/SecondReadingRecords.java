package org.yjinspect.secondreading.app;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yjinspect.agreement.domain.SecondReadItem;
import org.yjinspect.records.domain.Actor;
import org.yjinspect.secondreading.domain.ReadingState;

/**
 * Where second readings are kept, apart from the live answers. Every write is one audited
 * transaction behind the publication lock; a save compares the second reading's revision and
 * refuses a stale one or one already submitted (as data). The submission that completes a pair
 * reveals it and keeps the first reading as it then stands, in the same transaction.
 */
public interface SecondReadingRecords {
    /**
     * One chosen case as stored. {@code secondReader} is the account of this server that reads it
     * second (null: none, or imported); {@code secondReaderName} the name recorded for the reading,
     * also on an imported one. {@code firstReader} is set once both readings are submitted.
     */
    record StoredCase(long sampleCaseId, String secondReader, String secondReaderName, ReadingState state, int revision, boolean drawn,
                      String chosenBy, Instant chosenAt, String updatedBy, boolean revealed, String firstReader) {
    }

    /** One answer of a reading: a prompt, a key question, or a classification field. */
    record StoredAnswer(SecondReadItem.Level level, String itemId, String standardNumber, String keyQuestionId,
                        String answer) {
    }

    /** What a save or submission found. */
    enum Saved { SAVED, STALE, SUBMITTED, GONE }

    List<StoredCase> cases(long inspectionId);

    Optional<StoredCase> find(long inspectionId, long sampleCaseId);

    Optional<DrawRecord> lastDraw(long inspectionId);

    /** Chooses the cases (by reference for the audit trail); those already chosen stay as they are. */
    void choose(long inspectionId, Map<Long, String> references, Actor actor);

    /** Records a draw and chooses its cases, in one transaction. */
    void draw(long inspectionId, DrawRecord draw, Map<Long, String> references, Actor actor);

    /** Sets the second reader; GONE when the case is not chosen, SUBMITTED/STALE when its reading has started. */
    Saved allocate(long inspectionId, long sampleCaseId, String reference, String username, Actor actor);

    /** Takes the case out while its second reading has not started. */
    Saved withdraw(long inspectionId, long sampleCaseId, String reference, Actor actor);

    /** The second reading's answers, by case, for the cases given. */
    Map<Long, List<StoredAnswer>> secondAnswers(long inspectionId);

    /** The first readings kept when both readings were submitted, by case. */
    Map<Long, List<StoredAnswer>> firstAnswers(long inspectionId);

    /** Sets and clears answers of the second reading, if it is at {@code baseRevision} and not submitted. */
    Saved save(long inspectionId, long sampleCaseId, int baseRevision, List<StoredAnswer> set,
               List<StoredAnswer> cleared, Actor actor);

    /** Submits the second reading at {@code baseRevision}; reveals the pair when the first reading is submitted too. */
    Saved submit(long inspectionId, long sampleCaseId, String reference, int baseRevision, Actor actor);

    /** Every settlement of the inspection by case, oldest first (a later one of the same item supersedes it). */
    Map<Long, List<Settlement>> settlements(long inspectionId);

    /** Records a settlement (audited) with the next revision for its item. */
    Settlement settle(long inspectionId, long sampleCaseId, String reference, Settlement settlement, Actor actor);
}
