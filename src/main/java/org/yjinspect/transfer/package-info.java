/**
 * The whole inspection as one JSON document that another yjinspect imports as a new inspection
 * (docs/transfer.md): set-up, caseload, sample, case assessments, organisational evidence, panel
 * decisions, publication and the audit trail, never a child's name.
 */
package org.yjinspect.transfer;
