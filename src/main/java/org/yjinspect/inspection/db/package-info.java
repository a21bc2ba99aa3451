/**
 * Inspections stored in PostgreSQL through JDBI; created and deleted through the write kernel,
 * so both are in the audit trail, which outlives a deleted inspection.
 */
package org.yjinspect.inspection.db;
