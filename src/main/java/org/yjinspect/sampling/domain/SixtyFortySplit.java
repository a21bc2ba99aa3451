package org.yjinspect.sampling.domain;

/** 2018 framework: out-of-court cases are 40% of the combined sample, court cases 60%. */
public record SixtyFortySplit(SampleSizePolicy whenNoCourtCases) implements OutOfCourtSplitPolicy {
    @Override
    public SampleSize size(int courtSample, int eligibleCourt, int eligibleOutOfCourt) {
        if (eligibleOutOfCourt == 0) {
            return new SampleSize(0, "no eligible out-of-court cases");
        }
        if (courtSample == 0) {
            return OutOfCourtSplitPolicy.onItsOwn(whenNoCourtCases, eligibleOutOfCourt);
        }
        int wanted = (courtSample * 40 + 59) / 60;
        int n = Math.min(wanted, eligibleOutOfCourt);
        String working = "2018 framework: combined sample 60% court, 40% out-of-court; " + courtSample
                + " court × 40/60 = " + String.format(java.util.Locale.ROOT, "%.2f", courtSample * 40 / 60.0)
                + ", rounded up to " + wanted;
        return new SampleSize(n, n < wanted ? working + "; only " + n + " eligible, so all of them" : working);
    }
}
