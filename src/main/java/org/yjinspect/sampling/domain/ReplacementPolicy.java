package org.yjinspect.sampling.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.yjinspect.caseload.domain.CaseRecord;
import org.yjinspect.platform.problem.Problem;

/**
 * Finds a replacement for a sampled case that cannot be inspected (file unavailable, case
 * manager absent...). To keep the strata balanced it takes an eligible, never-sampled case of
 * the same type from the same stratum; when that stratum is used up, the case that keeps the
 * most variables, preferring gender, then disposal type, then risk of serious harm, then
 * safety and wellbeing. Among equals the choice is random from the sample's own seed.
 */
public final class ReplacementPolicy {

    public Replacement choose(CaseRecord out, List<CaseRecord> eligible, Set<String> everSampled,
                              SplittableRandom random) {
        Stratum wanted = Stratum.of(out);
        List<CaseRecord> candidates = eligible.stream()
                .filter(c -> c.caseType() == out.caseType() && !everSampled.contains(c.reference()))
                .sorted(Comparator.comparing(CaseRecord::reference)).toList();
        if (candidates.isEmpty()) {
            throw Problem.conflict("no eligible case of the same type is left unsampled to replace "
                    + out.reference());
        }
        int best = candidates.stream().mapToInt(c -> closeness(wanted, Stratum.of(c))).max().orElseThrow();
        List<CaseRecord> nearest = candidates.stream()
                .filter(c -> closeness(wanted, Stratum.of(c)) == best).collect(Collectors.toList());
        CaseRecord chosen = nearest.get(random.nextInt(nearest.size()));
        return new Replacement(chosen, reason(wanted, Stratum.of(chosen), nearest.size()));
    }

    /** Higher for closer strata; a bit per shared variable, weighted by the order above. */
    static int closeness(Stratum wanted, Stratum candidate) {
        int score = 0;
        for (StratificationVariable v : StratificationVariable.values()) {
            score = score * 2 + (v.valueOf(wanted).equals(v.valueOf(candidate)) ? 1 : 0);
        }
        return score;
    }

    private static String reason(Stratum wanted, Stratum chosen, int equallyNear) {
        if (wanted.equals(chosen)) {
            return "same stratum (" + wanted + "), chosen at random from " + equallyNear + " unsampled cases";
        }
        String differences = java.util.Arrays.stream(StratificationVariable.values())
                .filter(v -> !v.valueOf(wanted).equals(v.valueOf(chosen)))
                .map(v -> v.label() + " " + StratificationVariable.labelOf(v.valueOf(chosen)) + " instead of "
                        + StratificationVariable.labelOf(v.valueOf(wanted)))
                .collect(Collectors.joining(", "));
        return "no unsampled case left in stratum (" + wanted + "); nearest match differs only on: "
                + differences + "; chosen at random from " + equallyNear + " equally near cases";
    }
}
