package org.yjinspect.secondreading.app;

import org.yjinspect.platform.problem.Problem;

/**
 * The lead draws a share of the sample at random for second reading, spread across the first
 * readers. {@code seed} null: a fresh one, stored with the draw (give one to reproduce a draw).
 */
public record DrawCasesCommand(long inspectionId, int sharePercent, Long seed, Who who) {
    public DrawCasesCommand {
        Problem.require(who != null, "who is drawing the cases is required");
        Problem.require(sharePercent >= 1 && sharePercent <= 100, "sharePercent must be a whole number from 1 to"
                + " 100 (the share of the sampled cases to read a second time), not " + sharePercent);
    }
}
