package org.yjinspect.sampling.domain;

import org.yjinspect.caseload.domain.CaseRecord;

/** The case that takes a sampled case's place, and why it was the one chosen. */
public record Replacement(CaseRecord replacement, String matchReason) {
}
