package org.yjinspect.finding.app;

import java.util.List;
import java.util.function.Function;
import org.yjinspect.finding.domain.Finding;
import org.yjinspect.finding.domain.FindingOrder;
import org.yjinspect.framework.domain.Domain;
import org.yjinspect.framework.domain.Framework;
import org.yjinspect.framework.domain.FrameworkVersion;
import org.yjinspect.inspection.app.InspectionService;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.records.app.RecordWrites;
import org.yjinspect.records.domain.Actor;

/**
 * The report's strengths and areas for improvement: read in the report's order (by domain,
 * strengths first, each list in the order entered), and changed by the lead inspector. A finding
 * belongs to a domain of the inspection's framework (the 2021 framework has resettlement as
 * domain 4). Every change reads, decides and writes in one transaction, behind the publication lock.
 */
public final class Findings {
    private final InspectionService inspections;
    private final Function<FrameworkVersion, Framework> frameworks;
    private final FindingRecords records;
    private final RecordWrites writes;

    public Findings(InspectionService inspections, Function<FrameworkVersion, Framework> frameworks,
                    FindingRecords records, RecordWrites writes) {
        this.inspections = inspections;
        this.frameworks = frameworks;
        this.records = records;
        this.writes = writes;
    }

    /** The findings as the report lists them. */
    public List<Finding> of(long inspectionId) {
        return lines(inspectionId).stream().map(FindingLine::finding).toList();
    }

    /** The same, with each one's revision and who changed it last, for the editor. */
    public List<FindingLine> lines(long inspectionId) {
        inspections.get(inspectionId);
        return inOrder(records.current(inspectionId));
    }

    /** The domains of the inspection's framework a finding may belong to, in order. */
    public List<Domain> domains(long inspectionId) {
        return frameworks.apply(inspections.get(inspectionId).frameworkVersion()).domains();
    }

    public FindingLine add(AddFindingCommand c) {
        List<Domain> domains = domains(c.inspectionId());
        Problem.require(domains.stream().anyMatch(d -> d.number() == c.domain()), "the domain must be one of the"
                + " framework's: " + domains.stream().map(d -> d.number() + " " + d.name()).toList() + " (got "
                + c.domain() + ")");
        long id = writes.write(c.inspectionId(), c.actor(), () -> {
            List<Finding> listed = listedForChange(c.inspectionId());
            return records.insert(c.inspectionId(), c.actor(), c.domain(), c.kind(), c.text(),
                    FindingOrder.nextPosition(listed, c.domain(), c.kind()));
        });
        return line(c.inspectionId(), id);
    }

    public FindingLine change(ChangeFindingCommand c) {
        inspections.get(c.inspectionId());
        writes.write(c.inspectionId(), c.actor(), () -> {
            Finding old = find(listedForChange(c.inspectionId()), c.inspectionId(), c.findingId());
            records.change(c.inspectionId(), c.actor(), old.id(), c.baseRevision(), c.text());
            return old;
        });
        return line(c.inspectionId(), c.findingId());
    }

    /** Removes one; the others of its list close up. Returns the findings as they now stand. */
    public List<Finding> remove(long inspectionId, long findingId, Actor actor) {
        Problem.require(actor != null, "who is making this change is required");
        inspections.get(inspectionId);
        writes.write(inspectionId, actor, () -> {
            List<Finding> listed = listedForChange(inspectionId);
            Finding removed = find(listed, inspectionId, findingId);
            records.remove(inspectionId, actor, removed.id());
            records.renumber(inspectionId, actor, FindingOrder.without(listed, removed.id()));
            return removed;
        });
        return of(inspectionId);
    }

    private FindingLine line(long inspectionId, long id) {
        return lines(inspectionId).stream().filter(l -> l.finding().id() == id).findFirst().orElseThrow();
    }

    private List<Finding> listedForChange(long inspectionId) {
        return records.currentForChange(inspectionId).stream().map(FindingLine::finding).toList();
    }

    private static List<FindingLine> inOrder(List<FindingLine> lines) {
        return FindingOrder.listed(lines.stream().map(FindingLine::finding).toList()).stream()
                .map(f -> lines.stream().filter(l -> l.finding().id() == f.id()).findFirst().orElseThrow()).toList();
    }

    private static Finding find(List<Finding> listed, long inspectionId, long id) {
        return listed.stream().filter(f -> f.id() == id).findFirst().orElseThrow(() -> Problem.notFound(
                "there is no finding " + id + " in inspection " + inspectionId));
    }
}
