/**
 * What every write shares at the use-case level: refusal of a write based on a stale revision
 * ({@link org.yjinspect.records.app.StaleRecord}, carrying the current state), refusal of any
 * write to a published inspection ({@link org.yjinspect.records.app.InspectionLocked}), and
 * consistent reads across features.
 */
package org.yjinspect.records.app;
