package org.yjinspect.sampling.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.yjinspect.caseload.domain.CaseRecord;
import org.yjinspect.caseload.domain.CaseTypes;
import org.yjinspect.framework.domain.CaseType;
import org.yjinspect.inspection.domain.EligibilityWindow;
import org.yjinspect.rules.Ruling;
import org.yjinspect.rules.Verdict;

/**
 * A sample is drawn only if it takes at least one case. An empty sample would freeze the
 * caseload (it can no longer be replaced once a sample exists) and leave nothing to inspect, so
 * the draw is refused instead, naming each case type's window as dates and the dates the
 * caseload actually has, so the inspector can see whether the caseload or the set-up is wrong.
 */
public final class EligibleCasesPolicy {
    public static final String RULE = "a sample needs eligible cases";

    private EligibleCasesPolicy() {
    }

    public static Ruling<Verdict> check(SamplePlan plan, EligibilityPolicy eligibility, List<CaseRecord> caseload) {
        if (plan.total() > 0) {
            return Ruling.allow(RULE, "the plan takes " + plan.total() + " cases");
        }
        String windows = windows(plan, eligibility).stream().map(EligibleCasesPolicy::describe)
                .collect(Collectors.joining("; "));
        return Ruling.refuse(RULE, "no case in the caseload of " + caseload.size() + " cases can be sampled, so no"
                + " sample was drawn and the caseload can still be replaced. The windows, measured back from the"
                + " announcement on " + eligibility.announcement() + ", are: " + windows + ". " + dates(caseload)
                + " Correct the dates in the caseload export and import it again, or check the announcement date.");
    }

    /** Each case type's window as dates, with its eligible and planned cases. */
    public static List<WindowCount> windows(SamplePlan plan, EligibilityPolicy eligibility) {
        return java.util.Arrays.stream(CaseType.values()).map(type -> {
            EligibilityWindow w = eligibility.window(type);
            LocalDate announced = eligibility.announcement();
            return new WindowCount(type, w.toString(), w.earliest(announced), w.latest(announced),
                    plan.eligible(type), plan.size(type).n());
        }).toList();
    }

    private static String describe(WindowCount w) {
        String type = CaseTypes.label(w.caseType()).toLowerCase(Locale.ROOT);
        String notTaken = w.eligible() > 0 && w.planned() == 0 ? ", none taken under this framework" : "";
        return type + " " + w.from() + " to " + w.to() + " (" + w.months() + " months; " + w.eligible()
                + " eligible" + notTaken + ")";
    }

    private static String dates(List<CaseRecord> caseload) {
        Optional<LocalDate> first = caseload.stream().map(CaseRecord::disposalStart).min(LocalDate::compareTo);
        Optional<LocalDate> last = caseload.stream().map(CaseRecord::disposalStart).max(LocalDate::compareTo);
        return first.map(f -> "The caseload's disposals started between " + f + " and " + last.orElseThrow() + ".")
                .orElse("The caseload has no cases.");
    }
}
