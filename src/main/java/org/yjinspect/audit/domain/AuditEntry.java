package org.yjinspect.audit.domain;

import java.time.Instant;

/**
 * One change, as the append-only audit trail keeps it: who, when, which record and field, the
 * old value and the new one. {@code sampleCaseId}/{@code caseReference} and
 * {@code standardNumber} are set when the change belongs to a case or a standard.
 */
public record AuditEntry(long id, long inspectionId, Long sampleCaseId, String caseReference, String standardNumber,
                         String entity, String record, String field, String oldValue, String newValue,
                         String actor, Instant recordedAt) {
}
