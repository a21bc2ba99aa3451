/**
 * Reading the audit trail (per inspection, case or standard), and what every feature's writes
 * share: refusal of a write based on a stale revision ({@link org.yjinspect.audit.app.StaleRecord},
 * carrying the current state), refusal of any write to a published inspection
 * ({@link org.yjinspect.audit.app.InspectionLocked}), and consistent reads across features.
 */
package org.yjinspect.audit.app;
