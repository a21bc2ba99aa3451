package org.yjinspect.framework.domain;

/** How a standard is judged. */
public enum StandardKind {
    /** Rated from the per-case answers to its key questions (the lowest-band rule). */
    CASE_BASED,
    /** A single judgement on predominantly qualitative evidence, proposed by the lead inspector. */
    QUALITATIVE
}
