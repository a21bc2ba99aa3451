package org.yjinspect.sampling.domain;

/** Whether one case can be sampled, and why. */
public record Eligibility(boolean eligible, String reason) {
}
