package org.yjinspect.report.domain;

import java.util.List;
import java.util.Optional;

/**
 * Annexe 1 as the inspection was carried out: the eligibility windows, the sample (eligible
 * numbers, sizes with the confidence and margin used and the working, the variables stratified
 * on, the replacements), the meetings and interviews held, and the second reading (how many
 * cases were read twice and how far the readings agreed at key-question level). {@code sample} is
 * empty until one is drawn.
 */
public record ReportMethodology(List<WindowLine> windows, Optional<SampleMethod> sample, List<MeetingCount> meetings,
                                SecondReading secondReading) {
    public ReportMethodology {
        windows = List.copyOf(windows);
        meetings = List.copyOf(meetings);
        secondReading = secondReading == null ? SecondReading.NONE : secondReading;
    }

    /** Before any case was second-read, or where second reading is not part of the report. */
    public ReportMethodology(List<WindowLine> windows, Optional<SampleMethod> sample, List<MeetingCount> meetings) {
        this(windows, sample, meetings, SecondReading.NONE);
    }

    /**
     * The second reading: cases with both readings submitted, and at key-question level the answers
     * read twice (n), observed agreement, Cohen's kappa and Gwet's AC1 in words ready to print, and
     * the words for the kappa paradox when it applies (else null).
     */
    public record SecondReading(int cases, int n, String observed, String kappa, String ac1, String paradox) {
        public static final SecondReading NONE = new SecondReading(0, 0, null, null, null, null);
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
