/**
 * The write kernel every feature's records go through: versioned rows, the refusal of a stale
 * write (with the record as it now stands), the publication lock, the actor, the audit entry
 * written in the same transaction, and the JSON the record-keeping features answer with.
 */
package org.yjinspect.records;
