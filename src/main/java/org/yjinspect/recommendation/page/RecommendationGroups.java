package org.yjinspect.recommendation.page;

import java.util.ArrayList;
import java.util.List;
import org.yjinspect.recommendation.app.RecommendationLine;
import org.yjinspect.recommendation.domain.RecommendationWording;

/**
 * The recommendations as the editor shows them: one group per addressee in the report's order,
 * and the moves each offers. Within a group a recommendation moves past its neighbour; a group
 * moves past the group before or after it (by moving its first recommendation, which the others
 * follow), since moving one recommendation into another addressee's run would change nothing.
 */
public record RecommendationGroups(List<Group> groups, int count) {
    /** A move the page offers: recommendation {@code id} to {@code position}. */
    public record Move(long id, int position) {
    }

    public record Item(RecommendationLine line, Move up, Move down) {
        public long id() {
            return line.recommendation().id();
        }
    }

    public record Group(String addressee, List<Item> items, Move up, Move down) {
    }

    public static RecommendationGroups of(List<RecommendationLine> listed) {
        List<List<RecommendationLine>> runs = new ArrayList<>();
        for (RecommendationLine line : listed) {
            List<RecommendationLine> last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (last != null && RecommendationWording.sameAddressee(last.get(0).recommendation().addressee(),
                    line.recommendation().addressee())) {
                last.add(line);
            } else {
                runs.add(new ArrayList<>(List.of(line)));
            }
        }
        List<Group> groups = new ArrayList<>();
        for (int g = 0; g < runs.size(); g++) {
            List<RecommendationLine> run = runs.get(g);
            List<Item> items = new ArrayList<>();
            for (int i = 0; i < run.size(); i++) {
                items.add(new Item(run.get(i), i == 0 ? null : move(run.get(i), run.get(i - 1)),
                        i == run.size() - 1 ? null : move(run.get(i), run.get(i + 1))));
            }
            Move up = g == 0 ? null : move(run.get(0), runs.get(g - 1).get(0));
            Move down = g == runs.size() - 1 ? null : move(runs.get(g + 1).get(0), run.get(0));
            groups.add(new Group(run.get(0).recommendation().addressee(), items, up, down));
        }
        return new RecommendationGroups(groups, listed.size());
    }

    /** Moves {@code moving} to the place {@code to} holds now. */
    private static Move move(RecommendationLine moving, RecommendationLine to) {
        return new Move(moving.recommendation().id(), to.recommendation().position());
    }
}
