package org.yjinspect.recommendation.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yjinspect.platform.problem.Problem;

/**
 * The order the report lists recommendations in: grouped by addressee, the groups in the order
 * of each addressee's first recommendation, and within a group by position; positions are then
 * 1 to n in that order, so the report's numbering runs on across the groups as published reports
 * do. Every change (add, re-address, move, remove) gives the whole list renumbered.
 */
public final class RecommendationOrder {
    private RecommendationOrder() {
    }

    /** The recommendations as the report lists them (positions as stored, possibly with gaps). */
    public static List<Recommendation> listed(Collection<Recommendation> recommendations) {
        Map<String, List<Recommendation>> groups = new LinkedHashMap<>();
        recommendations.stream().sorted(Comparator.comparingInt(Recommendation::position)
                        .thenComparingLong(Recommendation::id))
                .forEach(r -> groups.computeIfAbsent(groupOf(groups, r.addressee()), k -> new ArrayList<>()).add(r));
        return groups.values().stream().flatMap(List::stream).toList();
    }

    /** The list in its order, grouped by addressee and numbered from 1. */
    public static List<Recommendation> numbered(List<Recommendation> inOrder) {
        List<Recommendation> sequential = new ArrayList<>();
        for (int i = 0; i < inOrder.size(); i++) {
            sequential.add(inOrder.get(i).at(i + 1));
        }
        List<Recommendation> grouped = listed(sequential);
        List<Recommendation> numbered = new ArrayList<>();
        for (int i = 0; i < grouped.size(); i++) {
            numbered.add(grouped.get(i).at(i + 1));
        }
        return numbered;
    }

    /** A new (or re-addressed) recommendation goes after the last one to the same addressee, or last of all. */
    public static List<Recommendation> added(List<Recommendation> listed, Recommendation added) {
        List<Recommendation> list = new ArrayList<>(listed);
        int at = list.size();
        for (int i = 0; i < list.size(); i++) {
            if (RecommendationWording.sameAddressee(list.get(i).addressee(), added.addressee())) {
                at = i + 1;
            }
        }
        list.add(at, added);
        return numbered(list);
    }

    /** Moves one recommendation to a position (1 to n); within the grouping, so it may take its group with it. */
    public static List<Recommendation> moved(List<Recommendation> listed, long id, int toPosition) {
        Problem.require(toPosition >= 1 && toPosition <= listed.size(), "the position must be 1 to " + listed.size()
                + " (the number of recommendations), got " + toPosition);
        List<Recommendation> list = new ArrayList<>(listed);
        Recommendation moving = find(list, id);
        list.remove(moving);
        list.add(toPosition - 1, moving);
        return numbered(list);
    }

    /** Without one recommendation: the others close up. */
    public static List<Recommendation> without(List<Recommendation> listed, long id) {
        List<Recommendation> list = new ArrayList<>(listed);
        list.remove(find(list, id));
        return numbered(list);
    }

    /** The same recommendation with new words: in place when its addressee stays, else at the end of its new group. */
    public static List<Recommendation> changed(List<Recommendation> listed, Recommendation changed) {
        Recommendation old = find(listed, changed.id());
        if (RecommendationWording.sameAddressee(old.addressee(), changed.addressee())) {
            return numbered(listed.stream().map(r -> r.id() == changed.id()
                    ? new Recommendation(r.id(), changed.addressee(), r.position(), changed.text()) : r).toList());
        }
        return added(without(listed, changed.id()), changed);
    }

    /** How the addressee is spelled in the list already (the first spelling used), if it is there. */
    public static Optional<String> spellingOf(List<Recommendation> listed, String addressee) {
        return listed.stream().map(Recommendation::addressee).filter(a -> RecommendationWording.sameAddressee(a,
                addressee)).findFirst();
    }

    private static String groupOf(Map<String, List<Recommendation>> groups, String addressee) {
        return groups.keySet().stream().filter(k -> RecommendationWording.sameAddressee(k, addressee)).findFirst()
                .orElse(addressee);
    }

    private static Recommendation find(List<Recommendation> list, long id) {
        return list.stream().filter(r -> r.id() == id).findFirst()
                .orElseThrow(() -> Problem.notFound("there is no recommendation " + id + " in this inspection"));
    }
}
