package org.yjinspect.access.app;

import java.time.Instant;

/** A sampled case allocated to one person, by whom and when. */
public record CaseAllocation(String caseReference, String username, String allocatedBy, Instant allocatedAt) {
}
