package org.yjinspect.access.app;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.yjinspect.access.domain.AccessPolicy;
import org.yjinspect.access.domain.Role;

/** What the access policy needs from the database, read afresh on every request (no process memory). */
public interface AccessFacts {
    /**
     * The person's standing in one inspection, or empty when there is no such inspection, live or
     * deleted. {@code sampleCaseId} is the case a case-level request names, or null.
     */
    Optional<Standing> of(long inspectionId, long userId, Long sampleCaseId);

    /** The sampled cases of the inspection allocated to the person. */
    Set<Long> allocatedCases(long inspectionId, long userId);

    /** Every live inspection the person holds a role in: their roles and whether it is published. */
    Map<Long, Standing> memberships(long userId);

    /**
     * A person's roles in an inspection, whether it is published, whether the named case is theirs,
     * and their part in second reading (the named case's second reader? still blind?).
     */
    record Standing(Set<Role> roles, boolean published, boolean caseAllocated, AccessPolicy.SecondReading secondReading) {
        public Standing {
            roles = Set.copyOf(roles);
            Objects.requireNonNull(secondReading, "secondReading");
        }

        /** Someone who reads no case a second time. */
        public Standing(Set<Role> roles, boolean published, boolean caseAllocated) {
            this(roles, published, caseAllocated, AccessPolicy.SecondReading.NONE);
        }
    }
}
