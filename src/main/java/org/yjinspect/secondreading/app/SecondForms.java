package org.yjinspect.secondreading.app;

import java.util.ArrayList;
import java.util.List;
import org.yjinspect.agreement.domain.SecondReadItem;
import org.yjinspect.assessment.domain.CaseAssessment;
import org.yjinspect.assessment.domain.CaseChange;
import org.yjinspect.assessment.domain.Decision;
import org.yjinspect.assessment.domain.SubmissionPolicy;
import org.yjinspect.records.app.StaleRecord;
import org.yjinspect.rules.Ruling;
import org.yjinspect.rules.Verdict;
import org.yjinspect.secondreading.domain.BlindReadingPolicy;
import org.yjinspect.secondreading.domain.SecondReaderPolicy;

/**
 * The second reader's form: shown through the blind rule, answered by the case assessment's own
 * rules (the form's places, the answers the catalogue allows, relevance to the case), and
 * submitted when complete by the first reading's completeness rule.
 */
final class SecondForms {
    static final String READER_RULE = "Only the second reader writes the second reading";
    private final ReadingContexts contexts;

    SecondForms(ReadingContexts contexts) {
        this.contexts = contexts;
    }

    Outcome<SecondReadingForm> form(long inspectionId, long sampleCaseId, Who who) {
        ReadingContext context = contexts.of(inspectionId);
        Ruling<Verdict> blind = BlindReadingPolicy.secondReading(context.blindFacts(sampleCaseId, who.username()));
        if (!blind.allowed()) {
            return Outcome.refused(blind);
        }
        return Outcome.done(blind, SecondFormViews.of(context, sampleCaseId, answers(inspectionId, sampleCaseId)));
    }

    Outcome<SecondReadingForm> saveAnswer(SaveSecondAnswerCommand c) {
        ReadingContext context = contexts.of(c.inspectionId());
        Ruling<Verdict> reader = reader(context, c.sampleCaseId(), c.who());
        if (!reader.allowed()) {
            return Outcome.refused(reader);
        }
        CaseAssessment assessment = context.assessment(c.sampleCaseId());
        Decision<CaseChange.Answer> decision = c.item() == SaveSecondAnswerCommand.Item.PROMPT
                ? assessment.answerPrompt(c.itemId(), c.promptAnswer(), c.baseRevision(), c.who().actor())
                : assessment.judgeKeyQuestion(c.itemId(), c.keyQuestionAnswer(), c.baseRevision(), c.who().actor());
        if (decision instanceof Decision.Refused<CaseChange.Answer> refused) {
            return Outcome.refused(refused.ruling());
        }
        CaseChange.Answer change = ((Decision.Accepted<CaseChange.Answer>) decision).change();
        SecondReadItem.Level level = change.promptId() == null ? SecondReadItem.Level.KEY_QUESTION
                : SecondReadItem.Level.PROMPT;
        var row = new SecondReadingRecords.StoredAnswer(level, c.itemId(), change.standardNumber(),
                change.keyQuestionId(), change.answer() == null ? "" : change.answerName());
        List<SecondReadingRecords.StoredAnswer> set = change.answer() == null ? List.of() : List.of(row);
        List<SecondReadingRecords.StoredAnswer> cleared = change.answer() == null ? List.of(row) : List.of();
        return saved(c.inspectionId(), c.sampleCaseId(), c.baseRevision(), c.who(), contexts.records().save(
                c.inspectionId(), c.sampleCaseId(), c.baseRevision(), set, cleared, c.who().actor()));
    }

    Outcome<SecondReadingForm> saveClassification(SaveSecondClassificationCommand c) {
        ReadingContext context = contexts.of(c.inspectionId());
        Ruling<Verdict> reader = reader(context, c.sampleCaseId(), c.who());
        if (!reader.allowed()) {
            return Outcome.refused(reader);
        }
        List<SecondReadingRecords.StoredAnswer> set = new ArrayList<>();
        List<SecondReadingRecords.StoredAnswer> cleared = new ArrayList<>();
        Readings.rows(c.classification(), set, cleared);
        return saved(c.inspectionId(), c.sampleCaseId(), c.baseRevision(), c.who(), contexts.records().save(
                c.inspectionId(), c.sampleCaseId(), c.baseRevision(), set, cleared, c.who().actor()));
    }

    Outcome<ChosenCase> submit(SubmitSecondReadingCommand c) {
        ReadingContext context = contexts.of(c.inspectionId());
        Ruling<Verdict> reader = reader(context, c.sampleCaseId(), c.who());
        if (!reader.allowed()) {
            return Outcome.refused(reader);
        }
        Reading mine = Readings.of(c.who().username(), context.chosen(c.sampleCaseId()).state(),
                answers(c.inspectionId(), c.sampleCaseId()));
        Ruling<Verdict> complete = SubmissionPolicy.check(context.assessment(c.sampleCaseId()).standards(),
                mine.prompts(), mine.keyQuestions());
        if (!complete.allowed()) {
            return Outcome.refused(new Ruling<>(complete.value(), complete.rule(), "the second reading of case "
                    + context.sampledCase(c.sampleCaseId()).reference() + ": " + complete.reason()));
        }
        var saved = contexts.records().submit(c.inspectionId(), c.sampleCaseId(),
                context.sampledCase(c.sampleCaseId()).reference(), c.baseRevision(), c.who().actor());
        Outcome<SecondReadingForm> after = saved(c.inspectionId(), c.sampleCaseId(), c.baseRevision(), c.who(), saved);
        if (!after.allowed()) {
            return Outcome.refused(after.ruling());
        }
        return Outcome.done(complete, contexts.of(c.inspectionId()).view(c.sampleCaseId()));
    }

    /** The asker must be the case's second reader, and still eligible (not its first reader since). */
    private static Ruling<Verdict> reader(ReadingContext context, long sampleCaseId, Who who) {
        var stored = context.chosen(sampleCaseId);
        String reference = context.sampledCase(sampleCaseId).reference();
        if (!who.username().equals(stored.secondReader())) {
            return Ruling.refuse(READER_RULE, "case " + reference + " is not allocated to " + who.username()
                    + " to read a second time");
        }
        return SecondReaderPolicy.check(new SecondReaderPolicy.Facts(reference, who.username(),
                context.roles(who.username()), context.firstReader(sampleCaseId)));
    }

    private Outcome<SecondReadingForm> saved(long inspectionId, long sampleCaseId, int base, Who who,
                                             SecondReadingRecords.Saved saved) {
        ReadingContext after = contexts.of(inspectionId);
        String reference = after.sampledCase(sampleCaseId).reference();
        return switch (saved) {
            case SAVED -> Outcome.done(Ruling.allow(READER_RULE, "saved"), SecondFormViews.of(after, sampleCaseId,
                    answers(inspectionId, sampleCaseId)));
            case STALE -> Outcome.refused(Ruling.refuse("Changes based on the current revision", StaleRecord.message(
                    "the second reading of case " + reference, base, after.chosen(sampleCaseId).revision(),
                    after.chosen(sampleCaseId).updatedBy())));
            case SUBMITTED -> Outcome.refused(Ruling.refuse(READER_RULE, "the second reading of case " + reference
                    + " is submitted and no longer changes"));
            case GONE -> Outcome.refused(Ruling.refuse(READER_RULE, "case " + reference + " is no longer chosen for"
                    + " second reading"));
        };
    }

    private List<SecondReadingRecords.StoredAnswer> answers(long inspectionId, long sampleCaseId) {
        return Readings.orEmpty(contexts.records().secondAnswers(inspectionId).get(sampleCaseId));
    }
}
