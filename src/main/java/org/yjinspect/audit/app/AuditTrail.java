package org.yjinspect.audit.app;

import java.util.List;
import org.yjinspect.audit.domain.AuditEntry;

/** Where the audit trail is read from (it is written by each feature's own writes). */
public interface AuditTrail {
    List<AuditEntry> find(AuditQuery query);
}
