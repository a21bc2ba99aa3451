package org.yjinspect.finding.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The order the report lists findings in: by domain, within a domain the strengths before the
 * areas for improvement, and within each list by position (1 to n, in the order entered). A new
 * finding goes last of its list; removing one closes the gap in its list only.
 */
public final class FindingOrder {
    private static final Comparator<Finding> LISTED = Comparator.comparingInt(Finding::domain)
            .thenComparing(Finding::kind).thenComparingInt(Finding::position).thenComparingLong(Finding::id);

    private FindingOrder() {
    }

    /** The findings as the report lists them (positions as stored). */
    public static List<Finding> listed(Collection<Finding> findings) {
        return findings.stream().sorted(LISTED).toList();
    }

    /** The findings of one domain and kind, in their order. */
    public static List<Finding> of(Collection<Finding> findings, int domain, FindingKind kind) {
        return listed(findings).stream().filter(f -> f.sameListAs(domain, kind)).toList();
    }

    /** The position a new finding of this domain and kind takes: last of its list. */
    public static int nextPosition(Collection<Finding> findings, int domain, FindingKind kind) {
        return of(findings, domain, kind).size() + 1;
    }

    /** Without one finding: the others of its list close up (numbered 1 to n); other lists are untouched. */
    public static List<Finding> without(Collection<Finding> findings, long id) {
        List<Finding> left = listed(findings).stream().filter(f -> f.id() != id).toList();
        List<Finding> numbered = new ArrayList<>();
        Finding previous = null;
        int position = 0;
        for (Finding f : left) {
            position = previous != null && previous.sameListAs(f.domain(), f.kind()) ? position + 1 : 1;
            numbered.add(f.at(position));
            previous = f;
        }
        return numbered;
    }
}
