package org.yjinspect.support.pdf;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Runs a {@link NeedsPdftotext} test only where pdftotext is; where it is required and missing, fails. */
public final class PdftotextCondition implements ExecutionCondition {
    /** How a skip for a missing pdftotext starts, so the notice can count exactly these. */
    public static final String SKIPPED = "no pdftotext: ";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Pdftotext.locate().isPresent()) {
            return ConditionEvaluationResult.enabled("pdftotext found");
        }
        if (Pdftotext.required()) {
            throw new IllegalStateException("pdftotext is required here (-D" + Pdftotext.REQUIRED_PROPERTY
                    + "=true or CI=true) but was not found " + Pdftotext.searched()
                    + "; install it (apt-get install poppler-utils) or name it with -D" + Pdftotext.PROPERTY + "=PATH");
        }
        return ConditionEvaluationResult.disabled(SKIPPED + "not found " + Pdftotext.searched());
    }
}
