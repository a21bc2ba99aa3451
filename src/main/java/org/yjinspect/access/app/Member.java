package org.yjinspect.access.app;

import java.time.Instant;
import org.yjinspect.access.domain.Role;

/** One role one person holds in an inspection, and who gave it them when. */
public record Member(String username, Role role, String addedBy, Instant addedAt) {
}
