package org.yjinspect.sampling.domain;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.yjinspect.caseload.domain.CaseRecord;
import org.yjinspect.framework.domain.CaseType;
import org.yjinspect.framework.domain.FrameworkVersion;

/**
 * Draws an inspection's sample from its caseload: keeps the eligible cases, plans the size for
 * each case type, then selects each case type's cases by stratum. One random stream, seeded
 * from the stored seed and consumed in a fixed order, makes the draw reproducible.
 */
public final class SampleDraw {
    private final StratifiedSelection selection = new StratifiedSelection();

    public DrawnSample draw(FrameworkVersion version, EligibilityPolicy eligibility, List<CaseRecord> caseload,
                            SamplingRules rules, long seed) {
        Map<CaseType, List<CaseRecord>> eligible = eligibleByType(eligibility, caseload);
        Map<CaseType, Integer> counts = new EnumMap<>(CaseType.class);
        eligible.forEach((type, cases) -> counts.put(type, cases.size()));
        SamplePlan plan = SamplePlan.of(version, rules, counts);
        SplittableRandom random = new SplittableRandom(seed);
        Map<CaseType, Allocation> allocations = new EnumMap<>(CaseType.class);
        List<SampledCase> chosen = new java.util.ArrayList<>();
        for (CaseType type : CaseType.values()) {
            StratifiedSelection.Selection picked =
                    selection.select(eligible.get(type), plan.size(type).n(), random);
            allocations.put(type, picked.allocation());
            picked.chosen().forEach(c -> chosen.add(SampledCase.of(c)));
        }
        return new DrawnSample(seed, rules, plan, allocations, chosen);
    }

    public static Map<CaseType, List<CaseRecord>> eligibleByType(EligibilityPolicy eligibility,
                                                                 List<CaseRecord> caseload) {
        Map<CaseType, List<CaseRecord>> byType = caseload.stream().filter(eligibility::isEligible)
                .collect(Collectors.groupingBy(CaseRecord::caseType, () -> new EnumMap<>(CaseType.class),
                        Collectors.toList()));
        for (CaseType type : CaseType.values()) {
            byType.putIfAbsent(type, List.of());
        }
        return byType;
    }
}
