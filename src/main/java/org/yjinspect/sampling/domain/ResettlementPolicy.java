package org.yjinspect.sampling.domain;

import org.yjinspect.framework.domain.FrameworkVersion;
import org.yjinspect.platform.problem.Problem;

/**
 * Resettlement cases illustrate the resettlement standard (2021 framework, 4.1) and are not
 * rated as cases: take every eligible case up to a cap. The 2018 framework has no resettlement
 * standard, so none are sampled. The reports inspected one to three, hence the default cap.
 */
public record ResettlementPolicy(int cap) {
    public static final int DEFAULT_CAP = 3;

    public ResettlementPolicy {
        Problem.require(cap >= 0, "the resettlement cap cannot be negative (got " + cap + ")");
    }

    public SampleSize size(FrameworkVersion version, int eligible) {
        if (version == FrameworkVersion.V2018) {
            return new SampleSize(0, "the 2018 framework has no resettlement standard");
        }
        if (eligible <= cap) {
            return new SampleSize(eligible, "all " + eligible + " eligible resettlement cases (cap " + cap + ")");
        }
        return new SampleSize(cap, eligible + " eligible resettlement cases, capped at " + cap);
    }
}
