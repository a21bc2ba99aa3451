package org.yjinspect.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a {@link NeedsSeeds} test only where the seed reports are. It is decided before the test's
 * argument sources run, so a skipped parameterized test never reads a seed. When seeds are required
 * and missing, evaluating the condition fails, so the test is reported as failed, never skipped.
 */
public final class SeedsCondition implements ExecutionCondition {
    /** How a skip for missing seeds starts, so the notice can count exactly these. */
    public static final String SKIPPED = "no seed reports: ";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (SeedDirectory.locate().isPresent()) {
            return ConditionEvaluationResult.enabled("seed reports found");
        }
        if (SeedDirectory.required()) {
            throw new IllegalStateException("seeds are required here (-D" + SeedDirectory.REQUIRED_PROPERTY
                    + "=true or CI=true) but " + SeedDirectory.missing());
        }
        return ConditionEvaluationResult.disabled(SKIPPED + SeedDirectory.missing());
    }
}
