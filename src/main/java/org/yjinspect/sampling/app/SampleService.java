package org.yjinspect.sampling.app;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.yjinspect.caseload.app.CaseloadSnapshot;
import org.yjinspect.caseload.app.CaseloadService;
import org.yjinspect.caseload.domain.CaseRecord;
import org.yjinspect.framework.domain.CaseType;
import org.yjinspect.inspection.app.InspectionService;
import org.yjinspect.inspection.domain.Inspection;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.rules.Ruling;
import org.yjinspect.rules.Verdict;
import org.yjinspect.sampling.domain.DrawnSample;
import org.yjinspect.sampling.domain.EligibilityPolicy;
import org.yjinspect.sampling.domain.EligibleCasesPolicy;
import org.yjinspect.sampling.domain.MarginCheck;
import org.yjinspect.sampling.domain.Replacement;
import org.yjinspect.sampling.domain.ReplacementPolicy;
import org.yjinspect.sampling.domain.SampleDiscardPolicy;
import org.yjinspect.sampling.domain.SampleDraw;
import org.yjinspect.sampling.domain.SampleWork;
import org.yjinspect.sampling.domain.StratifiedSelection;
import org.yjinspect.sampling.domain.WindowCount;

/**
 * Drawing an inspection's sample, showing it against the population, replacing cases, and
 * discarding a sample nobody has started on. Every change names its actor.
 */
public final class SampleService {
    private final InspectionService inspections;
    private final CaseloadService caseloads;
    private final Samples samples;
    private final SecureRandom seeds = new SecureRandom();

    public SampleService(InspectionService inspections, CaseloadService caseloads, Samples samples) {
        this.inspections = inspections;
        this.caseloads = caseloads;
        this.samples = samples;
    }

    /**
     * Draws and stores the sample, or refuses (storing nothing) when it would take no case. The
     * publication lock is asked first, then the caseload and the sample already drawn.
     */
    public DrawOutcome draw(DrawSampleCommand command) {
        Inspection inspection = inspections.writable(command.inspectionId(), command.actor());
        CaseloadSnapshot caseload = caseloads.caseload(inspection.id());
        if (caseload.cases().isEmpty()) {
            throw Problem.conflict("inspection " + inspection.id() + " has no caseload yet; import one first");
        }
        if (samples.find(inspection.id()).isPresent()) {
            throw Problem.conflict("a sample has already been drawn for inspection " + inspection.id());
        }
        long seed = command.seed() != null ? command.seed() : seeds.nextLong();
        EligibilityPolicy eligibility = eligibility(inspection);
        DrawnSample drawn = new SampleDraw().draw(inspection.frameworkVersion(), eligibility, caseload.records(),
                command.rules(), seed);
        Ruling<Verdict> ruling = EligibleCasesPolicy.check(drawn.plan(), eligibility, caseload.records());
        List<WindowCount> windows = EligibleCasesPolicy.windows(drawn.plan(), eligibility);
        if (!ruling.allowed()) {
            return new DrawOutcome(null, ruling, windows);
        }
        Map<String, Long> ids = new HashMap<>();
        caseload.cases().forEach(c -> ids.put(c.record().reference(), c.id()));
        samples.save(inspection.id(), caseload.revision(), drawn, ids, command.actor());
        return new DrawOutcome(show(inspection.id()), ruling, windows);
    }

    /**
     * Discards the sample while nobody has worked on it, so the caseload can be corrected and a
     * sample drawn again; refuses (changing nothing) once any case has work recorded. The
     * publication lock is asked first.
     */
    public DiscardOutcome discard(DiscardSampleCommand command) {
        Inspection inspection = inspections.writable(command.inspectionId(), command.actor());
        StoredSample sample = stored(inspection.id());
        SampleWork work = samples.work(sample);
        Ruling<Verdict> ruling = SampleDiscardPolicy.check(work, sample.selected().size());
        if (!ruling.allowed()) {
            return new DiscardOutcome(null, ruling);
        }
        return new DiscardOutcome(samples.discard(sample, work, command.reason(), command.actor()), ruling);
    }

    public SampleReport show(long inspectionId) {
        Inspection inspection = inspections.get(inspectionId);
        StoredSample sample = stored(inspectionId);
        CaseloadSnapshot caseload = caseloads.caseload(inspectionId);
        Map<CaseType, List<CaseRecord>> eligible = SampleDraw.eligibleByType(eligibility(inspection), caseload.records());
        Map<String, CaseloadSnapshot.StoredCase> byReference = caseload.byReference();
        List<SampleReport.CaseTypeSample> parts = new ArrayList<>();
        for (StoredSample.PlanLine line : sample.plan()) {
            List<SampleReport.SampledCaseLine> cases = sample.selected().stream()
                    .filter(c -> c.caseType() == line.caseType())
                    .map(c -> new SampleReport.SampledCaseLine(c.id(), c.reference(), c.selectedBy(),
                            byReference.get(c.reference()).record())).toList();
            List<CaseRecord> sampled = cases.stream().map(SampleReport.SampledCaseLine::record).toList();
            MarginCheck comparison = MarginCheck.of(
                    StratifiedSelection.sizes(StratifiedSelection.byStratum(eligible.get(line.caseType()))),
                    StratifiedSelection.sizes(StratifiedSelection.byStratum(sampled)));
            parts.add(new SampleReport.CaseTypeSample(line.caseType(), eligible.get(line.caseType()).size(),
                    line.size(), cases, comparison));
        }
        return new SampleReport(inspection, sample, parts);
    }

    public StoredSample.ReplacementRecord replace(ReplaceSampledCaseCommand command) {
        Inspection inspection = inspections.writable(command.inspectionId(), command.actor());
        StoredSample sample = stored(inspection.id());
        StoredSample.SampleCase out = sample.caseWithReference(command.caseReference()).orElseThrow(() ->
                Problem.notFound("case " + org.yjinspect.platform.problem.SafeText.shown(command.caseReference())
                        + " is not in the sample of inspection " + inspection.id()));
        if (out.status() == StoredSample.Status.REPLACED) {
            throw Problem.conflict("case " + out.reference() + " has already been replaced");
        }
        CaseloadSnapshot caseload = caseloads.caseload(inspection.id());
        Map<String, CaseloadSnapshot.StoredCase> byReference = caseload.byReference();
        List<CaseRecord> eligible = SampleDraw.eligibleByType(eligibility(inspection), caseload.records())
                .get(out.caseType());
        Set<String> everSampled = sample.cases().stream().map(StoredSample.SampleCase::reference)
                .collect(Collectors.toSet());
        Replacement chosen = new ReplacementPolicy().choose(byReference.get(out.reference()).record(), eligible,
                everSampled, replacementRandom(sample));
        return samples.replace(sample, out, byReference.get(chosen.replacement().reference()).id(),
                command.reason(), chosen.matchReason(), command.actor());
    }

    /** Each replacement gets its own stream from the sample's seed, so the history can be replayed. */
    private static SplittableRandom replacementRandom(StoredSample sample) {
        return new SplittableRandom(sample.seed() + 0x9E3779B97F4A7C15L * (sample.replacements().size() + 1));
    }

    private StoredSample stored(long inspectionId) {
        return samples.find(inspectionId).orElseThrow(() ->
                Problem.notFound("no sample has been drawn for inspection " + inspectionId));
    }

    private static EligibilityPolicy eligibility(Inspection inspection) {
        return new EligibilityPolicy(inspection.details().announcementDate(), inspection.details().windows());
    }
}
