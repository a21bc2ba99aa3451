package org.yjinspect.secondreading.app;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.yjinspect.assessment.domain.AssessedCase;
import org.yjinspect.assessment.domain.CaseAssessment;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.platform.problem.SafeText;
import org.yjinspect.rules.Ruling;
import org.yjinspect.rules.Verdict;
import org.yjinspect.secondreading.domain.SecondReaderPolicy;
import org.yjinspect.secondreading.domain.SpreadAcrossFirstReadersPolicy;

/** Choosing cases for second reading by hand or by a seeded draw, and allocating their second readers. */
final class Choosing {
    static final String CHOICE_RULE = "Cases chosen for second reading";
    private final ReadingContexts contexts;
    private final SecureRandom seeds = new SecureRandom();

    Choosing(ReadingContexts contexts) {
        this.contexts = contexts;
    }

    Outcome<List<ChosenCase>> choose(ChooseCasesCommand c) {
        ReadingContext context = contexts.of(c.inspectionId());
        Map<Long, String> chosen = new LinkedHashMap<>();
        for (String reference : c.caseReferences()) {
            AssessedCase found = context.byReference(reference).orElseThrow(() -> absent(c.inspectionId(), reference));
            Ruling<Verdict> readable = readable(context, found, reference);
            if (!readable.allowed()) {
                return Outcome.refused(readable);
            }
            chosen.put(found.sampleCaseId(), found.reference());
        }
        contexts.records().choose(c.inspectionId(), chosen, c.who().actor());
        ReadingContext after = contexts.of(c.inspectionId());
        return Outcome.done(Ruling.allow(CHOICE_RULE, chosen.size() + " case(s) chosen by hand"),
                chosen.keySet().stream().map(after::view).toList());
    }

    Outcome<SecondReadingOverview> draw(DrawCasesCommand c) {
        ReadingContext context = contexts.of(c.inspectionId());
        Map<String, List<String>> byReader = new TreeMap<>();
        Map<String, Long> ids = new LinkedHashMap<>();
        for (var summary : context.sampled().values()) {
            AssessedCase a = summary.assessedCase();
            if (readable(context, a, a.reference()).allowed() && !context.stored().containsKey(a.sampleCaseId())) {
                String reader = context.allocations().getOrDefault(a.reference(), SpreadAcrossFirstReadersPolicy.NOBODY);
                byReader.computeIfAbsent(reader, r -> new ArrayList<>()).add(a.reference());
                ids.put(a.reference(), a.sampleCaseId());
            }
        }
        if (ids.isEmpty()) {
            return Outcome.refused(Ruling.refuse(CHOICE_RULE, "there are no sampled cases with a case assessment left"
                    + " to draw from in inspection " + c.inspectionId()));
        }
        long seed = c.seed() != null ? c.seed() : seeds.nextLong();
        SpreadAcrossFirstReadersPolicy.Drawn drawn = SpreadAcrossFirstReadersPolicy.draw(byReader, c.sharePercent(), seed);
        Map<Long, String> chosen = new LinkedHashMap<>();
        drawn.cases().forEach(reference -> chosen.put(ids.get(reference), reference));
        contexts.records().draw(c.inspectionId(), new DrawRecord(seed, c.sharePercent(), drawn.ruling().rule(),
                drawn.ruling().reason(), chosen.size(), c.who().actor().name(), null), chosen, c.who().actor());
        return Outcome.done(Ruling.allow(drawn.ruling().rule(), drawn.ruling().reason()),
                SecondReadings.overviewOf(contexts.of(c.inspectionId()), contexts.records(), c.who()));
    }

    Outcome<ChosenCase> allocate(AllocateSecondReaderCommand c) {
        ReadingContext context = contexts.of(c.inspectionId());
        AssessedCase found = context.byReference(c.caseReference()).orElseThrow(() -> absent(c.inspectionId(),
                c.caseReference()));
        if (!context.stored().containsKey(found.sampleCaseId())) {
            return Outcome.refused(Ruling.refuse(CHOICE_RULE, "case " + c.caseReference() + " is not chosen for"
                    + " second reading; choose it first"));
        }
        Ruling<Verdict> eligible = SecondReaderPolicy.check(new SecondReaderPolicy.Facts(found.reference(),
                c.secondReader(), context.roles(c.secondReader()), context.firstReader(found.sampleCaseId())));
        if (!eligible.allowed()) {
            return Outcome.refused(eligible);
        }
        var saved = contexts.records().allocate(c.inspectionId(), found.sampleCaseId(), found.reference(),
                c.secondReader(), c.who().actor());
        return afterChange(c.inspectionId(), found, saved, eligible, "its second reader cannot change");
    }

    Outcome<ChosenCase> withdraw(WithdrawCaseCommand c) {
        ReadingContext context = contexts.of(c.inspectionId());
        AssessedCase found = context.byReference(c.caseReference()).orElseThrow(() -> absent(c.inspectionId(),
                c.caseReference()));
        if (!context.stored().containsKey(found.sampleCaseId())) {
            return Outcome.refused(Ruling.refuse(CHOICE_RULE, "case " + c.caseReference() + " is not chosen for"
                    + " second reading"));
        }
        ChosenCase before = context.view(found.sampleCaseId());
        var saved = contexts.records().withdraw(c.inspectionId(), found.sampleCaseId(), found.reference(),
                c.who().actor());
        if (saved == SecondReadingRecords.Saved.SAVED) {
            return Outcome.done(Ruling.allow(CHOICE_RULE, "case " + found.reference() + " is no longer chosen for"
                    + " second reading"), before);
        }
        return afterChange(c.inspectionId(), found, saved, null, "it cannot be taken out");
    }

    List<ReaderChoice> readersFor(long inspectionId, String caseReference) {
        ReadingContext context = contexts.of(inspectionId);
        AssessedCase found = context.byReference(caseReference).orElseThrow(() -> Problem.notFound("there is no sampled case " + caseReference + " in inspection " + inspectionId));
        return context.members().keySet().stream().sorted().map(u -> new ReaderChoice(u, SecondReaderPolicy.check(
                new SecondReaderPolicy.Facts(found.reference(), u, context.roles(u),
                        context.firstReader(found.sampleCaseId()))))).toList();
    }

    private Outcome<ChosenCase> afterChange(long inspectionId, AssessedCase found, SecondReadingRecords.Saved saved,
                                            Ruling<Verdict> allowed, String what) {
        return switch (saved) {
            case SAVED -> Outcome.done(allowed, contexts.of(inspectionId).view(found.sampleCaseId()));
            case GONE -> Outcome.refused(Ruling.refuse(CHOICE_RULE, "case " + found.reference() + " is not chosen"
                    + " for second reading"));
            case STALE, SUBMITTED -> Outcome.refused(Ruling.refuse(CHOICE_RULE, "the second reading of case "
                    + found.reference() + " has started, so " + what));
        };
    }

    /** A case of no sample, or of another inspection's, is answered as one that does not exist. */
    private static Problem absent(long inspectionId, String reference) {
        return Problem.notFound("there is no sampled case " + SafeText.shown(reference) + " in inspection "
                + inspectionId);
    }

    /** A case can be read a second time when it is in the sample and has a case assessment (resettlement has none). */
    private static Ruling<Verdict> readable(ReadingContext context, AssessedCase found, String reference) {
        if (CaseAssessment.of(found, context.framework()).standards().isEmpty()) {
            return Ruling.refuse(CHOICE_RULE, "case " + reference + " is a resettlement case: it illustrates standard"
                    + " 4.1 and has no case assessment to read a second time");
        }
        return Ruling.allow(CHOICE_RULE, "case " + reference + " is in the sample");
    }
}
