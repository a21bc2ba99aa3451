/**
 * Second readings in PostgreSQL (V84): the chosen cases and draws, the second readers' answers, the
 * first readings kept when both were submitted, and the settlements. Writes go through
 * {@link org.yjinspect.records.db.InspectionWrites} (publication lock first, audit in the same
 * transaction); the second reader's answers are revisioned but not written to the audit trail,
 * which the lead and panel read, while the case is blind (docs/second-reading.md).
 */
package org.yjinspect.secondreading.db;
