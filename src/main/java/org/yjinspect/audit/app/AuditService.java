package org.yjinspect.audit.app;

import java.util.List;
import org.yjinspect.audit.domain.AuditEntry;
import org.yjinspect.inspection.app.InspectionService;

/** Use case: read an inspection's audit trail, whole or for one case or standard; kept after a deletion. */
public final class AuditService {
    private final InspectionService inspections;
    private final AuditTrail trail;

    public AuditService(InspectionService inspections, AuditTrail trail) {
        this.inspections = inspections;
        this.trail = trail;
    }

    public List<AuditEntry> entries(AuditQuery query) {
        inspections.requireKnown(query.inspectionId());
        return trail.find(query);
    }
}
