/**
 * The audit trail and versioned records in PostgreSQL. {@link org.yjinspect.audit.db.InspectionWrites}
 * is the one way any feature writes an inspection's records: one transaction that first passes the
 * publication lock (SQL function {@code inspection_must_be_writable}), then makes the change and
 * appends its audit entries. {@link org.yjinspect.audit.db.VersionedRow} saves one small record
 * only if it is still at the revision the write was based on.
 */
package org.yjinspect.audit.db;
