package org.yjinspect.sampling.domain;

import org.yjinspect.framework.domain.FrameworkVersion;

/**
 * How many out-of-court disposal cases go beside the court sample. The rule changed with the
 * framework: 2018 reports set the combined sample at 60% court and 40% out-of-court; 2021
 * reports set it "based on the proportion of out-of-court disposal cases", which we read as
 * the eligible out-of-court share. Both are inferred defaults, not published formulas.
 */
public interface OutOfCourtSplitPolicy {
    SampleSize size(int courtSample, int eligibleCourt, int eligibleOutOfCourt);

    static OutOfCourtSplitPolicy forVersion(FrameworkVersion version, SampleSizePolicy whenNoCourtCases) {
        return switch (version) {
            case V2018 -> new SixtyFortySplit(whenNoCourtCases);
            case V2021 -> new EligibleShareSplit(whenNoCourtCases);
        };
    }

    /** With no court sample there is nothing to split from; size out-of-court cases on their own. */
    static SampleSize onItsOwn(SampleSizePolicy policy, int eligibleOutOfCourt) {
        SampleSize own = policy.sizeFor(eligibleOutOfCourt);
        return new SampleSize(own.n(), "no court cases sampled, so the out-of-court sample is sized on its own: "
                + own.working());
    }
}
