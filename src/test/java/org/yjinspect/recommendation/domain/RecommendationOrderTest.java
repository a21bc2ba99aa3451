package org.yjinspect.recommendation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.yjinspect.platform.problem.Problem;

/** The report's order of recommendations: grouped by addressee, groups by their first, numbered 1 to n. */
class RecommendationOrderTest {
    private static final String BOARD = "The YJS management board should";
    private static final String HEAD = "The head of service should";
    private static final String PROBATION = "The Probation Service should";

    private static Recommendation r(long id, String addressee, int position) {
        return new Recommendation(id, addressee, position, "recommendation " + id);
    }

    private static List<String> shown(List<Recommendation> list) {
        return list.stream().map(x -> x.position() + ":" + x.id()).toList();
    }

    @Test
    void groupsFollowTheirFirstRecommendationAndTheNumberingRunsOnAcrossThem() {
        List<Recommendation> stored = List.of(r(1, BOARD, 1), r(2, HEAD, 2), r(3, BOARD, 3), r(4, HEAD, 7));
        assertThat(RecommendationOrder.listed(stored)).extracting(Recommendation::id).containsExactly(1L, 3L, 2L, 4L);
        assertThat(shown(RecommendationOrder.numbered(RecommendationOrder.listed(stored))))
                .containsExactly("1:1", "2:3", "3:2", "4:4");
    }

    @Test
    void aNewRecommendationGoesAfterTheLastToTheSameAddresseeOrLastOfAll() {
        List<Recommendation> listed = RecommendationOrder.numbered(List.of(r(1, BOARD, 1), r(2, HEAD, 2)));
        assertThat(shown(RecommendationOrder.added(listed, r(3, "the yjs  management board should", 9))))
                .containsExactly("1:1", "2:3", "3:2");
        assertThat(shown(RecommendationOrder.added(listed, r(3, PROBATION, 9)))).containsExactly("1:1", "2:2", "3:3");
        assertThat(RecommendationOrder.spellingOf(listed, "THE HEAD OF SERVICE SHOULD")).contains(HEAD);
    }

    @Test
    void movingTheFirstOfAGroupAboveAnotherGroupTakesTheGroupWithIt() {
        List<Recommendation> listed = RecommendationOrder.numbered(List.of(r(1, BOARD, 1), r(2, BOARD, 2),
                r(3, HEAD, 3), r(4, HEAD, 4)));
        assertThat(shown(RecommendationOrder.moved(listed, 3, 1))).containsExactly("1:3", "2:4", "3:1", "4:2");
        assertThat(shown(RecommendationOrder.moved(listed, 2, 1))).containsExactly("1:2", "2:1", "3:3", "4:4");
        assertThatThrownBy(() -> RecommendationOrder.moved(listed, 2, 5)).isInstanceOf(Problem.class)
                .hasMessageContaining("1 to 4");
        assertThatThrownBy(() -> RecommendationOrder.moved(listed, 99, 1)).hasMessageContaining("no recommendation 99");
    }

    @Test
    void aRemovedRecommendationLeavesNoGapAndAReAddressedOneJoinsItsNewGroupLast() {
        List<Recommendation> listed = RecommendationOrder.numbered(List.of(r(1, BOARD, 1), r(2, BOARD, 2),
                r(3, HEAD, 3)));
        assertThat(shown(RecommendationOrder.without(listed, 1))).containsExactly("1:2", "2:3");
        List<Recommendation> moved = RecommendationOrder.changed(listed, new Recommendation(1, HEAD, 1, "new words"));
        assertThat(shown(moved)).containsExactly("1:2", "2:3", "3:1");
        assertThat(moved.get(2).text()).isEqualTo("new words");
        List<Recommendation> reworded = RecommendationOrder.changed(listed, new Recommendation(2, BOARD, 2, "better"));
        assertThat(shown(reworded)).containsExactly("1:1", "2:2", "3:3");
        assertThat(reworded.get(1).text()).isEqualTo("better");
    }

    @Test
    void anySequenceOfChangesLeavesContiguousGroupsNumberedOneToN() {
        long seed = System.nanoTime();
        System.out.println("RecommendationOrderTest seed " + seed);
        SplittableRandom random = new SplittableRandom(seed);
        List<String> addressees = List.of(BOARD, HEAD, PROBATION);
        List<Recommendation> listed = new ArrayList<>();
        long next = 1;
        for (int step = 0; step < 500; step++) {
            int action = listed.isEmpty() ? 0 : random.nextInt(4);
            String addressee = addressees.get(random.nextInt(addressees.size()));
            if (action == 0) {
                listed = RecommendationOrder.added(listed, r(next++, addressee, 99));
            } else {
                long id = listed.get(random.nextInt(listed.size())).id();
                listed = switch (action) {
                    case 1 -> RecommendationOrder.moved(listed, id, 1 + random.nextInt(listed.size()));
                    case 2 -> RecommendationOrder.without(listed, id);
                    default -> RecommendationOrder.changed(listed, new Recommendation(id, addressee, 0, "changed"));
                };
            }
            for (int i = 0; i < listed.size(); i++) {
                assertThat(listed.get(i).position()).as("seed " + seed).isEqualTo(i + 1);
            }
            List<String> groups = new ArrayList<>();
            for (Recommendation x : listed) {
                if (groups.isEmpty() || !groups.get(groups.size() - 1).equals(x.addressee())) {
                    assertThat(groups).as("seed " + seed + ": each addressee's recommendations together")
                            .doesNotContain(x.addressee());
                    groups.add(x.addressee());
                }
            }
            assertThat(RecommendationOrder.listed(listed)).as("seed " + seed).isEqualTo(listed);
        }
    }

    @Test
    void wordingFollowsTheProjectsTextRules() {
        assertThat(RecommendationWording.addressee("  The YJS board should ")).isEqualTo("The YJS board should");
        assertThat(RecommendationWording.sameAddressee("The  YJS board should", "the yjs board SHOULD")).isTrue();
        assertThatThrownBy(() -> RecommendationWording.addressee("The board\nshould")).hasMessageContaining("the addressee");
        assertThatThrownBy(() -> RecommendationWording.text(" ")).hasMessageContaining("the recommendation is required");
        assertThatThrownBy(() -> RecommendationWording.text("x".repeat(2001))).hasMessageContaining("longer than 2000");
        assertThatThrownBy(() -> RecommendationWording.text("ensure\u202Eevil")).hasMessageContaining("reading direction");
        assertThat(RecommendationWording.text("<script>alert(1)</script>\nsecond line"))
                .isEqualTo("<script>alert(1)</script>\nsecond line");
    }
}
