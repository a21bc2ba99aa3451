package org.yjinspect.secondreading.app;

import java.time.Instant;

/**
 * The stored random draw of cases for second reading: the seed and share that reproduce it, and the
 * spreading policy it followed, with its reason, as the sample's own draw is stored and reported.
 */
public record DrawRecord(long seed, int sharePercent, String policy, String policyReason, int cases, String drawnBy,
                         Instant drawnAt) {
}
