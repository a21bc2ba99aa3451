/**
 * Case assessment, as pure rules: the answers an inspector may give to prompts and key
 * questions, which standards apply to a case, the life of an assessment, the warning when a
 * key question sits oddly with its prompts, and the tally that turns per-case judgements into
 * the key question figures the rating engine rates.
 */
package org.yjinspect.assessment.domain;
