/**
 * Use cases of case assessment: show a sampled case's assessment with its warnings, save one
 * answer at a time (prompt, key question, evidence note, the inspector's classifications), move
 * a case through its status life, and give the rating engine the per-case judgements. Every
 * save states the revision it was based on; the port applies it atomically with the audit trail.
 */
package org.yjinspect.assessment.app;
