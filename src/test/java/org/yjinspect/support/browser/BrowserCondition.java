package org.yjinspect.support.browser;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Runs a {@link NeedsBrowser} test only where Chromium is; where it is required and missing, fails. */
public final class BrowserCondition implements ExecutionCondition {
    /** How a skip for a missing browser starts, so the notice can count exactly these. */
    public static final String SKIPPED = "no Chromium: ";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Chromium.locate().isPresent()) {
            return ConditionEvaluationResult.enabled("Chromium found");
        }
        if (Chromium.required()) {
            throw new IllegalStateException("a browser is required here (-D" + Chromium.REQUIRED_PROPERTY
                    + "=true or CI=true) but no Chromium was found " + Chromium.searched()
                    + "; install it (apt-get install chromium) or name it with -D" + Chromium.PROPERTY + "=PATH");
        }
        return ConditionEvaluationResult.disabled(SKIPPED + "not found " + Chromium.searched());
    }
}
