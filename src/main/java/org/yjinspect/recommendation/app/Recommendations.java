package org.yjinspect.recommendation.app;

import java.util.List;
import org.yjinspect.inspection.app.InspectionService;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.recommendation.domain.Recommendation;
import org.yjinspect.recommendation.domain.RecommendationOrder;
import org.yjinspect.records.app.RecordWrites;
import org.yjinspect.records.domain.Actor;

/**
 * The report's recommendations: read in the report's order (grouped by addressee, the groups in
 * the order of their first recommendation, numbered 1 to n), and changed by the lead inspector.
 * Every change reads, reorders and writes in one transaction, behind the publication lock.
 */
public final class Recommendations {
    private final InspectionService inspections;
    private final RecommendationRecords records;
    private final RecordWrites writes;

    public Recommendations(InspectionService inspections, RecommendationRecords records, RecordWrites writes) {
        this.inspections = inspections;
        this.records = records;
        this.writes = writes;
    }

    /** The recommendations as the report lists them. */
    public List<Recommendation> of(long inspectionId) {
        return lines(inspectionId).stream().map(RecommendationLine::recommendation).toList();
    }

    /** The same, with each one's revision and who changed it last, for the editor. */
    public List<RecommendationLine> lines(long inspectionId) {
        inspections.get(inspectionId);
        return inOrder(records.current(inspectionId));
    }

    public RecommendationLine add(AddRecommendationCommand c) {
        return change(c.inspectionId(), c.actor(), listed -> {
            String addressee = RecommendationOrder.spellingOf(listed, c.addressee()).orElse(c.addressee());
            long id = records.insert(c.inspectionId(), c.actor(), addressee, c.text(), listed.size() + 1);
            records.renumber(c.inspectionId(), c.actor(), RecommendationOrder.added(listed,
                    new Recommendation(id, addressee, listed.size() + 1, c.text())));
            return id;
        });
    }

    public RecommendationLine change(ChangeRecommendationCommand c) {
        return change(c.inspectionId(), c.actor(), listed -> {
            Recommendation old = find(listed, c.inspectionId(), c.recommendationId());
            String addressee = RecommendationOrder.spellingOf(listed.stream().filter(r -> r.id() != old.id()).toList(),
                    c.addressee()).orElse(c.addressee());
            records.change(c.inspectionId(), c.actor(), old.id(), c.baseRevision(), addressee, c.text());
            records.renumber(c.inspectionId(), c.actor(), RecommendationOrder.changed(listed,
                    new Recommendation(old.id(), addressee, old.position(), c.text())));
            return old.id();
        });
    }

    public RecommendationLine move(MoveRecommendationCommand c) {
        return change(c.inspectionId(), c.actor(), listed -> {
            Recommendation moving = find(listed, c.inspectionId(), c.recommendationId());
            records.renumber(c.inspectionId(), c.actor(), RecommendationOrder.moved(listed, moving.id(), c.position()));
            return moving.id();
        });
    }

    /** Removes one; the others close up. Returns the list as it now stands. */
    public List<Recommendation> remove(long inspectionId, long recommendationId, Actor actor) {
        Problem.require(actor != null, "who is making this change is required");
        writes.write(inspectionId, actor, () -> {
            List<Recommendation> listed = listedForChange(inspectionId);
            Recommendation removed = find(listed, inspectionId, recommendationId);
            records.remove(inspectionId, actor, removed.id());
            records.renumber(inspectionId, actor, RecommendationOrder.without(listed, removed.id()));
            return removed;
        });
        return of(inspectionId);
    }

    private interface Change {
        long apply(List<Recommendation> listed);
    }

    private RecommendationLine change(long inspectionId, Actor actor, Change change) {
        inspections.get(inspectionId);
        long id = writes.write(inspectionId, actor, () -> change.apply(listedForChange(inspectionId)));
        return lines(inspectionId).stream().filter(l -> l.recommendation().id() == id).findFirst().orElseThrow();
    }

    private List<Recommendation> listedForChange(long inspectionId) {
        return inOrder(records.currentForChange(inspectionId)).stream().map(RecommendationLine::recommendation).toList();
    }

    private static List<RecommendationLine> inOrder(List<RecommendationLine> lines) {
        List<Recommendation> listed = RecommendationOrder.listed(lines.stream().map(RecommendationLine::recommendation)
                .toList());
        return listed.stream().map(r -> lines.stream().filter(l -> l.recommendation().id() == r.id()).findFirst()
                .orElseThrow()).toList();
    }

    private static Recommendation find(List<Recommendation> listed, long inspectionId, long id) {
        return listed.stream().filter(r -> r.id() == id).findFirst().orElseThrow(() -> Problem.notFound(
                "there is no recommendation " + id + " in inspection " + inspectionId));
    }
}
