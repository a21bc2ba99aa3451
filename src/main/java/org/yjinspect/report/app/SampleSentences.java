package org.yjinspect.report.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yjinspect.caseload.domain.DisposalType;
import org.yjinspect.framework.domain.CaseType;
import org.yjinspect.framework.domain.Domain;

/**
 * The sentences a published report opens each case-based domain with: how many cases were
 * inspected and, out of court, of which disposal types ("These consisted of ...").
 */
final class SampleSentences {
    private SampleSentences() {
    }

    static List<String> of(Domain domain, CaseFigures cases) {
        CaseType type = domain.standards().stream().map(s -> s.caseType()).filter(t -> t != null).findFirst()
                .orElse(null);
        boolean resettlementDomain = domain.standards().stream().anyMatch(s -> s.number().startsWith("4."));
        if (resettlementDomain) {
            int n = cases.cases(CaseType.RESETTLEMENT);
            return List.of(n == 0 ? "There were no resettlement cases in the sample, so resettlement is not rated."
                    : "We inspected " + n + (n == 1 ? " case" : " cases") + " that had received a custodial sentence.");
        }
        if (type == CaseType.COURT_DISPOSAL) {
            int n = cases.cases(type);
            return List.of("We inspected " + n + " court " + (n == 1 ? "disposal." : "disposals."));
        }
        if (type == CaseType.OUT_OF_COURT_DISPOSAL) {
            int n = cases.cases(type);
            List<String> sentences = new ArrayList<>();
            sentences.add("We inspected " + n + " out-of-court " + (n == 1 ? "disposal." : "disposals."));
            if (n > 0) {
                sentences.add("These consisted of " + types(cases.outOfCourtTypes()) + ".");
            }
            return sentences;
        }
        return List.of();
    }

    private static String types(Map<DisposalType, Integer> counts) {
        List<String> items = new ArrayList<>();
        counts.forEach((type, n) -> {
            String label = type.label().toLowerCase(Locale.ROOT);
            items.add(n + " " + (n == 1 ? label : plural(label)));
        });
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    private static String plural(String label) {
        return label.endsWith("s") ? label + "es" : label + "s";
    }
}
