package org.yjinspect.finding.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** The report's order of findings: by domain, strengths first, each list 1 to n in the order entered. */
class FindingOrderTest {
    private static final Logger LOG = Logger.getLogger(FindingOrderTest.class.getName());
    private static final FindingKind S = FindingKind.STRENGTH;
    private static final FindingKind A = FindingKind.AREA_FOR_IMPROVEMENT;

    private static Finding f(long id, int domain, FindingKind kind, int position) {
        return new Finding(id, domain, kind, position, "finding " + id);
    }

    @Test
    void findingsAreListedByDomainWithStrengthsBeforeAreasForImprovement() {
        List<Finding> stored = List.of(f(1, 2, A, 1), f(2, 1, A, 1), f(3, 2, S, 2), f(4, 1, S, 1), f(5, 2, S, 1),
                f(6, 4, S, 1));
        assertThat(FindingOrder.listed(stored)).extracting(Finding::id).containsExactly(4L, 2L, 5L, 3L, 1L, 6L);
        assertThat(FindingOrder.of(stored, 2, S)).extracting(Finding::id).containsExactly(5L, 3L);
    }

    @Test
    void aNewFindingGoesLastOfItsOwnListOnly() {
        List<Finding> stored = List.of(f(1, 1, S, 1), f(2, 1, S, 2), f(3, 1, A, 1));
        assertThat(FindingOrder.nextPosition(stored, 1, S)).isEqualTo(3);
        assertThat(FindingOrder.nextPosition(stored, 1, A)).isEqualTo(2);
        assertThat(FindingOrder.nextPosition(stored, 3, S)).isEqualTo(1);
    }

    @Test
    void removingOneClosesTheGapInItsListAndLeavesTheOthersAlone() {
        List<Finding> stored = List.of(f(1, 1, S, 1), f(2, 1, S, 2), f(3, 1, S, 3), f(4, 1, A, 1), f(5, 2, S, 1));
        assertThat(FindingOrder.without(stored, 1)).extracting(x -> x.id() + "@" + x.position())
                .containsExactly("2@1", "3@2", "4@1", "5@1");
    }

    @Test
    void kindsAreTypedAsStrengthOrArea() {
        assertThat(FindingKind.parse("strength")).contains(S);
        assertThat(FindingKind.parse(" Area ")).contains(A);
        assertThat(FindingKind.parse("AREA_FOR_IMPROVEMENT")).contains(A);
        assertThat(FindingKind.parse("weakness")).isEmpty();
        assertThat(FindingKind.parse(null)).isEmpty();
    }

    @Test
    void anyRunOfAddsAndRemovesKeepsEveryListNumberedOneToN() {
        long seed = Long.getLong("yjinspect.finding.seed", System.nanoTime());
        LOG.info("FindingOrderTest seed " + seed + " (-Dyjinspect.finding.seed=" + seed + " repeats it)");
        SplittableRandom random = new SplittableRandom(seed);
        List<Finding> findings = new ArrayList<>();
        long next = 1;
        for (int step = 0; step < 500; step++) {
            if (findings.isEmpty() || random.nextInt(3) > 0) {
                int domain = 1 + random.nextInt(4);
                FindingKind kind = random.nextBoolean() ? S : A;
                findings.add(f(next++, domain, kind, FindingOrder.nextPosition(findings, domain, kind)));
            } else {
                long id = findings.get(random.nextInt(findings.size())).id();
                findings = new ArrayList<>(FindingOrder.without(findings, id));
            }
            for (int domain = 1; domain <= 4; domain++) {
                for (FindingKind kind : FindingKind.values()) {
                    List<Finding> list = FindingOrder.of(findings, domain, kind);
                    for (int i = 0; i < list.size(); i++) {
                        assertThat(list.get(i).position()).as("seed " + seed + " step " + step).isEqualTo(i + 1);
                    }
                }
            }
        }
    }
}
