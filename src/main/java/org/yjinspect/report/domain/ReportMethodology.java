package org.yjinspect.report.domain;

import java.util.List;
import java.util.Optional;

/**
 * Annexe 1 as the inspection was carried out: the eligibility windows, the sample (eligible
 * numbers, sizes with the confidence and margin used and the working, the variables stratified
 * on, the replacements) and the meetings and interviews held. {@code sample} is empty until one
 * is drawn.
 */
public record ReportMethodology(List<WindowLine> windows, Optional<SampleMethod> sample, List<MeetingCount> meetings) {
    public ReportMethodology {
        windows = List.copyOf(windows);
        meetings = List.copyOf(meetings);
    }

    /** A case type's eligibility window, described in months and dates. */
    public record WindowLine(String caseType, String window) {
    }

    /** How the sample was drawn. */
    public record SampleMethod(int confidencePercent, double marginPoints, List<SampleLine> lines,
                               List<String> stratifiedOn, List<ReplacementLine> replacements) {
        public SampleMethod {
            lines = List.copyOf(lines);
            stratifiedOn = List.copyOf(stratifiedOn);
            replacements = List.copyOf(replacements);
        }
    }

    /** One case type: eligible cases, the planned size with its working, and the cases in the sample now. */
    public record SampleLine(String caseType, int eligible, int planned, int inSample, String working) {
    }

    /** A replaced case (pseudonymous references only) and the inspector's reason. */
    public record ReplacementLine(String replaced, String replacement, String reason) {
    }

    /** Meetings, interviews, focus groups or observations held, with how many took part. */
    public record MeetingCount(String kind, int held, int participants) {
    }
}
