package org.yjinspect.sampling.app;

import java.time.Instant;

/** A sample that was discarded: which one, how many cases it held, who discarded it, when and why. */
public record DiscardedSample(long inspectionId, long sampleId, long seed, int cases, String reason, String discardedBy,
                              Instant discardedAt) {
}
