package org.yjinspect.sampling.domain;

import java.util.Locale;

/**
 * 2021 framework: the out-of-court sample stands to the court sample as the eligible
 * out-of-court cases stand to the eligible court cases, rounded up.
 */
public record EligibleShareSplit(SampleSizePolicy whenNoCourtCases) implements OutOfCourtSplitPolicy {
    @Override
    public SampleSize size(int courtSample, int eligibleCourt, int eligibleOutOfCourt) {
        if (eligibleOutOfCourt == 0) {
            return new SampleSize(0, "no eligible out-of-court cases");
        }
        if (courtSample == 0 || eligibleCourt == 0) {
            return OutOfCourtSplitPolicy.onItsOwn(whenNoCourtCases, eligibleOutOfCourt);
        }
        long numerator = (long) courtSample * eligibleOutOfCourt;
        int wanted = (int) ((numerator + eligibleCourt - 1) / eligibleCourt);
        int n = Math.min(wanted, eligibleOutOfCourt);
        double share = 100.0 * eligibleOutOfCourt / (eligibleCourt + eligibleOutOfCourt);
        String working = String.format(Locale.ROOT, "2021 framework: out-of-court cases are %.1f%% of the"
                + " eligible court and out-of-court cases (%d of %d); %d court × %d/%d = %.2f, rounded up to %d",
                share, eligibleOutOfCourt, eligibleCourt + eligibleOutOfCourt, courtSample, eligibleOutOfCourt,
                eligibleCourt, (double) numerator / eligibleCourt, wanted);
        return new SampleSize(n, n < wanted ? working + "; capped at the " + n + " eligible" : working);
    }
}
