package org.yjinspect.secondreading.app;

import java.util.List;
import org.yjinspect.agreement.domain.AgreementBreakdown;

/**
 * Second reading's use cases, for the API, the pages and the command line alike. Every read of
 * answers passes {@link org.yjinspect.secondreading.domain.BlindReadingPolicy}: neither reader,
 * nor anyone else, sees the second reading of a case before both readings are submitted, and the
 * second reader never sees the first reading before then. Who may call which method is the access
 * policy's (CHOOSE_SECOND_READING, SECOND_READ, SETTLE_READINGS, READ_AGREEMENT); the blind rule is
 * applied here on top of it, whoever calls. A refusal comes back as a refused {@link Outcome}; a
 * case or inspection that does not exist, or input that cannot be read, is a Problem as elsewhere.
 */
public interface SecondReadingService {
    /** The chosen cases the asker may see, with both readings' progress and no answers. */
    SecondReadingOverview overview(long inspectionId, Who who);

    /** Picks cases by hand (cases already chosen stay as they are). */
    Outcome<List<ChosenCase>> choose(ChooseCasesCommand command);

    /** Draws a share of the sample at random, spread across the first readers; stores the seed. */
    Outcome<SecondReadingOverview> draw(DrawCasesCommand command);

    /** Allocates (or changes, before it has started) the second reader of a chosen case. */
    Outcome<ChosenCase> allocate(AllocateSecondReaderCommand command);

    /** Takes a case out of the second reading while its second reading has not started. */
    Outcome<ChosenCase> withdraw(WithdrawCaseCommand command);

    /** Every team member and whether they may read this case second (for a choice of readers). */
    List<ReaderChoice> readersFor(long inspectionId, String caseReference);

    /** The second reader's form for the case, with their own answers: only the second reader, or anyone allowed once both are submitted. */
    Outcome<SecondReadingForm> form(long inspectionId, long sampleCaseId, Who who);

    Outcome<SecondReadingForm> saveAnswer(SaveSecondAnswerCommand command);

    Outcome<SecondReadingForm> saveClassification(SaveSecondClassificationCommand command);

    Outcome<ChosenCase> submit(SubmitSecondReadingCommand command);

    /** The two readings of one case side by side: only once both are submitted. */
    Outcome<BothReadings> bothReadings(long inspectionId, long sampleCaseId, Who who);

    /** Both readings of every case the asker may see them for (both submitted), for exports. */
    List<BothReadings> bothReadings(long inspectionId, Who who);

    /** The paired answers of every case with both readings submitted, for the agreement statistics. */
    Outcome<AgreementView> agreement(long inspectionId, Who who);

    /**
     * The agreement statistics of those paired answers, per inspection, level, standard, key question,
     * prompt or classification and pair of readers (the agreement feature computes them).
     */
    Outcome<AgreementBreakdown> agreementBreakdown(long inspectionId, Who who);

    /** The differences, case by case, of cases with both readings submitted. */
    List<CaseDisagreements> disagreements(long inspectionId, Who who);

    /** Settles one difference: the agreed answer becomes the case's live answer; both readings stay as they were. */
    Outcome<Settlement> settle(SettleCommand command);

    /** The effect of the second readings and of the agreed answers on each case-based standard's rating. */
    RatingEffect effect(long inspectionId, Who who);
}
