package org.yjinspect.finding.app;

import java.time.Instant;
import org.yjinspect.finding.domain.Finding;

/** A finding as the editor shows it: the finding, the revision a change is based on, and who changed it last. */
public record FindingLine(Finding finding, int revision, String updatedBy, Instant updatedAt) {
}
