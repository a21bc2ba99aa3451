package org.yjinspect.secondreading.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yjinspect.assessment.app.AssessmentService;
import org.yjinspect.assessment.app.CaseAssessments;
import org.yjinspect.assessment.app.SampleJudgements;
import org.yjinspect.assessment.domain.KeyQuestionAnswer;
import org.yjinspect.assessment.domain.KeyQuestionTally;
import org.yjinspect.framework.domain.KeyQuestion;
import org.yjinspect.framework.domain.Standard;
import org.yjinspect.rating.domain.KeyQuestionFigure;
import org.yjinspect.rating.domain.LowestKeyQuestionPolicy;
import org.yjinspect.rating.domain.StandardRating;

/**
 * What the readings would do to the ratings. The live judgements of the sample are tallied as the
 * live ratings tally them ({@link KeyQuestionTally}), and each standard is rated by the rating
 * engine's own rule ({@link LowestKeyQuestionPolicy}); the other bases differ only in the cases
 * whose readings are both submitted: their live key question answers give way to the first reading
 * as given, to the second reading, or to the agreed answers (the first reading with each settled
 * difference replaced by its agreed answer).
 */
final class RatingEffects {
    private final AssessmentService assessments;
    private final CaseAssessments live;

    RatingEffects(AssessmentService assessments, CaseAssessments live) {
        this.assessments = assessments;
        this.live = live;
    }

    RatingEffect effect(ReadingContext context, ReadingPairs pairs, List<ChosenCase> revealed) {
        SampleJudgements judgements = assessments.judgements(context.inspectionId());
        Map<Long, Map<String, KeyQuestionAnswer>> liveByCase = new HashMap<>();
        Map<Long, Map<String, KeyQuestionAnswer>> first = new HashMap<>();
        Map<Long, Map<String, KeyQuestionAnswer>> second = new HashMap<>();
        Map<Long, Map<String, KeyQuestionAnswer>> agreed = new HashMap<>();
        for (ChosenCase c : revealed) {
            liveByCase.put(c.sampleCaseId(), live.answers(c.sampleCaseId()).keyQuestionAnswers());
            BothReadings both = pairs.both(c);
            first.put(c.sampleCaseId(), both.first().keyQuestions());
            second.put(c.sampleCaseId(), both.second().keyQuestions());
            agreed.put(c.sampleCaseId(), agreedAnswers(both));
        }
        List<RatingEffect.StandardEffect> standards = new ArrayList<>();
        for (Standard s : context.framework().standards()) {
            if (s.caseBased()) {
                List<KeyQuestionFigure> liveFigures = figures(s, judgements, liveByCase, liveByCase);
                RatingEffect.Basis now = basis(s, liveFigures);
                RatingEffect.Basis onFirst = basis(s, figures(s, judgements, liveByCase, first));
                RatingEffect.Basis onSecond = basis(s, figures(s, judgements, liveByCase, second));
                RatingEffect.Basis onAgreed = basis(s, figures(s, judgements, liveByCase, agreed));
                standards.add(new RatingEffect.StandardEffect(s.number(), s.name(), now, onFirst, onSecond, onAgreed,
                        EffectSentences.of(s.number(), livePercent(s, liveFigures), now, onFirst, onSecond, onAgreed)));
            }
        }
        return new RatingEffect(context.inspectionId(), revealed.size(), standards);
    }

    private static Map<String, KeyQuestionAnswer> agreedAnswers(BothReadings both) {
        Map<String, KeyQuestionAnswer> answers = new HashMap<>(both.first().keyQuestions());
        for (Settlement s : both.settlements()) {
            if (s.level() == org.yjinspect.agreement.domain.SecondReadItem.Level.KEY_QUESTION) {
                answers.put(s.itemId(), KeyQuestionAnswer.valueOf(s.agreedAnswer()));
            }
        }
        return answers;
    }

    /** Each key question's live percentage, by id, to say how far the driving one of another basis moves. */
    private static Map<String, Double> livePercent(Standard s, List<KeyQuestionFigure> figures) {
        Map<String, Double> percent = new HashMap<>();
        for (int i = 0; i < figures.size(); i++) {
            if (figures.get(i).hasRelevantCases()) {
                percent.put(s.keyQuestions().get(i).id(), figures.get(i).exactPercent());
            }
        }
        return percent;
    }

    /** The key questions tallied on the live answers with the revealed cases' answers swapped for {@code instead}. */
    private static List<KeyQuestionFigure> figures(Standard s, SampleJudgements judgements,
                                                   Map<Long, Map<String, KeyQuestionAnswer>> liveByCase,
                                                   Map<Long, Map<String, KeyQuestionAnswer>> instead) {
        List<KeyQuestionFigure> figures = new ArrayList<>();
        for (KeyQuestion kq : s.keyQuestions()) {
            List<KeyQuestionAnswer> answers = new ArrayList<>(judgements.of(kq.id()));
            liveByCase.values().forEach(byKq -> {
                if (byKq.get(kq.id()) != null) {
                    answers.remove(byKq.get(kq.id()));
                }
            });
            instead.values().forEach(byKq -> {
                if (byKq.get(kq.id()) != null) {
                    answers.add(byKq.get(kq.id()));
                }
            });
            figures.add(KeyQuestionTally.tally(kq.text(), answers));
        }
        return figures;
    }

    /** The standard rated by the rating engine's rule, and the key question that drives it. */
    private static RatingEffect.Basis basis(Standard s, List<KeyQuestionFigure> figures) {
        StandardRating rating = LowestKeyQuestionPolicy.rate(figures);
        if (!rating.rated()) {
            return new RatingEffect.Basis(rating.rating(), null, null, 0, 0);
        }
        KeyQuestionFigure driving = figures.get(rating.drivingIndex());
        return new RatingEffect.Basis(rating.rating(), s.keyQuestions().get(rating.drivingIndex()).id(), driving.text(),
                driving.yes(), driving.relevant());
    }
}
