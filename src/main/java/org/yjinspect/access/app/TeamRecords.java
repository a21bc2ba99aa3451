package org.yjinspect.access.app;

import java.util.List;
import org.yjinspect.rules.Ruling;
import org.yjinspect.rules.Verdict;

/** Where an inspection's team and allocations are kept; every change is one audited write. */
public interface TeamRecords {
    /** Adds the role; false when they already held it (nothing changed). */
    boolean add(AddMemberCommand command);

    /** Removes the role; false when they did not hold it. Refused while it would leave their cases with nobody able to assess them. */
    boolean remove(RemoveMemberCommand command);

    /** Allocates the case when {@link org.yjinspect.access.domain.AllocationPolicy} allows it; the ruling either way. */
    Ruling<Verdict> allocate(AllocateCommand command);

    /** Takes the allocation away; false when the case was allocated to nobody. */
    boolean unallocate(UnallocateCommand command);

    List<Member> team(long inspectionId);

    List<CaseAllocation> allocations(long inspectionId);
}
