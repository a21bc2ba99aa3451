package org.yjinspect.sampling.domain;

import java.util.List;
import java.util.Map;
import org.yjinspect.framework.domain.CaseType;

/**
 * The result of one draw: the seed and rules that reproduce it, the plan with its working,
 * each case type's allocation and the chosen cases.
 */
public record DrawnSample(long seed, SamplingRules rules, SamplePlan plan, Map<CaseType, Allocation> allocations,
                          List<SampledCase> cases) {
    public DrawnSample {
        allocations = Map.copyOf(allocations);
        cases = List.copyOf(cases);
    }
}
