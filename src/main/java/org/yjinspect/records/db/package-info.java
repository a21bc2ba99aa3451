/**
 * The records kernel in PostgreSQL. {@link org.yjinspect.records.db.InspectionWrites} is the one
 * way any feature writes an inspection's records: one transaction that first passes the
 * publication lock (SQL function {@code inspection_must_be_writable}), then makes the change and
 * appends its audit entries through {@link org.yjinspect.records.db.AuditLog}.
 * {@link org.yjinspect.records.db.VersionedRow} saves one small record only if it is still at the
 * revision the write was based on.
 */
package org.yjinspect.records.db;
