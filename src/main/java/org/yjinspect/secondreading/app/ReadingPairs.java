package org.yjinspect.secondreading.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yjinspect.agreement.domain.PairedAnswer;
import org.yjinspect.agreement.domain.SecondReadItem;
import org.yjinspect.framework.domain.KeyQuestion;
import org.yjinspect.framework.domain.Prompt;
import org.yjinspect.framework.domain.Standard;
import org.yjinspect.rules.Ruling;
import org.yjinspect.rules.Verdict;
import org.yjinspect.secondreading.domain.BlindReadingPolicy;
import org.yjinspect.secondreading.domain.ReadingState;

/**
 * Both readings of the cases whose readings are both submitted, paired item by item for the
 * agreement statistics and the reconciliation: every key question and prompt of the case's form,
 * and the two classification levels where either reader gave one. An answer one reading lacks is
 * the category NONE.
 */
final class ReadingPairs {
    static final String NONE = "NONE";
    private final ReadingContext context;
    private final Map<Long, List<SecondReadingRecords.StoredAnswer>> first;
    private final Map<Long, List<SecondReadingRecords.StoredAnswer>> second;
    private final Map<Long, List<Settlement>> settlements;

    ReadingPairs(ReadingContext context, SecondReadingRecords records) {
        this.context = context;
        this.first = records.firstAnswers(context.inspectionId());
        this.second = records.secondAnswers(context.inspectionId());
        this.settlements = records.settlements(context.inspectionId());
    }

    /** Whether the asker may see both readings of the case: both submitted, and theirs to see. */
    Ruling<Verdict> visible(long sampleCaseId, String username) {
        BlindReadingPolicy.Facts facts = context.blindFacts(sampleCaseId, username);
        Ruling<Verdict> secondReading = BlindReadingPolicy.secondReading(facts);
        return secondReading.allowed() ? BlindReadingPolicy.firstReading(facts) : secondReading;
    }

    /** The revealed cases the asker may see both readings of, in reference order. */
    List<ChosenCase> revealedFor(String username) {
        return context.views().stream().filter(ChosenCase::bothSubmitted)
                .filter(c -> visible(c.sampleCaseId(), username).allowed()).toList();
    }

    BothReadings both(ChosenCase c) {
        return new BothReadings(c, reading(c, true), reading(c, false),
                settlements.getOrDefault(c.sampleCaseId(), List.of()));
    }

    Reading reading(ChosenCase c, boolean firstReading) {
        return Readings.of(firstReading ? c.firstReader() : c.secondReader(), ReadingState.SUBMITTED,
                Readings.orEmpty((firstReading ? first : second).get(c.sampleCaseId())));
    }

    /** Every paired item of the case, in the form's order. */
    List<SecondReadItem> items(ChosenCase c) {
        Reading a = reading(c, true);
        Reading b = reading(c, false);
        String firstReader = c.firstReader() == null ? "(not allocated)" : c.firstReader();
        List<SecondReadItem> items = new ArrayList<>();
        for (Standard s : context.assessment(c.sampleCaseId()).standards()) {
            for (KeyQuestion kq : s.keyQuestions()) {
                items.add(new SecondReadItem(SecondReadItem.Level.KEY_QUESTION, s.number(), kq.id(), kq.id(),
                        c.caseReference(), firstReader, c.secondReader(), pair(a.keyQuestions().get(kq.id()),
                        b.keyQuestions().get(kq.id()))));
                for (Prompt p : kq.prompts()) {
                    items.add(new SecondReadItem(SecondReadItem.Level.PROMPT, s.number(), kq.id(), p.id(),
                            c.caseReference(), firstReader, c.secondReader(), pair(a.prompts().get(p.id()),
                            b.prompts().get(p.id()))));
                }
            }
        }
        for (String level : Readings.CLASSIFICATION_LEVELS) {
            PairedAnswer answers = new PairedAnswer(Readings.level(a.classification(), level),
                    Readings.level(b.classification(), level));
            if (!answers.first().equals(NONE) || !answers.second().equals(NONE)) {
                items.add(new SecondReadItem(SecondReadItem.Level.CLASSIFICATION, null, null, level, c.caseReference(),
                        firstReader, c.secondReader(), answers));
            }
        }
        return items;
    }

    CaseDisagreements disagreements(ChosenCase c) {
        Map<String, Settlement> latest = new LinkedHashMap<>();
        settlements.getOrDefault(c.sampleCaseId(), List.of()).forEach(s -> latest.put(s.level() + " " + s.itemId(), s));
        List<Disagreement> differences = items(c).stream().filter(i -> !i.answers().agree())
                .map(i -> new Disagreement(i.level(), i.standardNumber(), i.keyQuestionId(), i.itemId(),
                        wording(c.sampleCaseId(), i), i.answers().first(), i.answers().second(),
                        latest.get(i.level() + " " + i.itemId()))).toList();
        return new CaseDisagreements(c, c.firstReader(), c.secondReader(), differences);
    }

    private String wording(long sampleCaseId, SecondReadItem item) {
        if (item.level() == SecondReadItem.Level.CLASSIFICATION) {
            return Readings.RISK.equals(item.itemId()) ? "Risk of serious harm classification"
                    : "Safety and wellbeing classification";
        }
        for (Standard s : context.assessment(sampleCaseId).standards()) {
            for (KeyQuestion kq : s.keyQuestions()) {
                if (kq.id().equals(item.itemId())) {
                    return kq.text();
                }
                for (Prompt p : kq.prompts()) {
                    if (p.id().equals(item.itemId())) {
                        return p.text();
                    }
                }
            }
        }
        return item.itemId();
    }

    private static PairedAnswer pair(Enum<?> a, Enum<?> b) {
        return new PairedAnswer(a == null ? NONE : a.name(), b == null ? NONE : b.name());
    }
}
