package org.yjinspect.access.app;

import java.util.List;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.rules.Ruling;
import org.yjinspect.rules.Verdict;

/**
 * The use cases of an inspection's team: add and remove members, list the team, allocate and
 * unallocate sampled cases, list the allocations. Who may call them is the next slice's
 * (docs/access.md); here they record who did, in the audit trail.
 */
public final class InspectionTeam {
    private final TeamRecords records;

    public InspectionTeam(TeamRecords records) {
        this.records = records;
    }

    /** What a change did: whether anything changed, in words. */
    public record Changed(boolean changed, String message) {
    }

    public Changed add(AddMemberCommand c) {
        boolean added = records.add(c);
        return new Changed(added, c.username() + (added ? " is now " : " was already ") + c.role().words()
                + " in inspection " + c.inspectionId());
    }

    public Changed remove(RemoveMemberCommand c) {
        boolean removed = records.remove(c);
        return new Changed(removed, c.username() + (removed ? " is no longer " : " was not ") + c.role().words()
                + " in inspection " + c.inspectionId());
    }

    public List<Member> team(long inspectionId) {
        TeamNames.inspection(inspectionId);
        return records.team(inspectionId);
    }

    /** Allocates the case, or a 409 with the allocation rule's reason. */
    public Changed allocate(AllocateCommand c) {
        Ruling<Verdict> ruling = records.allocate(c);
        if (!ruling.allowed()) {
            throw Problem.conflict(ruling.rule() + ": " + ruling.reason());
        }
        return new Changed(true, "case " + c.caseReference() + " is allocated to " + c.username());
    }

    public Changed unallocate(UnallocateCommand c) {
        boolean removed = records.unallocate(c);
        return new Changed(removed, "case " + c.caseReference() + (removed ? " is allocated to nobody now"
                : " was not allocated"));
    }

    public List<CaseAllocation> allocations(long inspectionId) {
        TeamNames.inspection(inspectionId);
        return records.allocations(inspectionId);
    }
}
