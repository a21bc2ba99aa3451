package org.yjinspect.organisation.domain;

import java.math.BigDecimal;
import org.yjinspect.records.domain.FreeText;
import org.yjinspect.platform.problem.Problem;

/** One staff survey question with the number of responses and the share agreeing. */
public record SurveyResult(String question, int responses, BigDecimal percentAgreeing) {
    public static final int LONGEST_QUESTION = 500;

    public SurveyResult {
        question = FreeText.checked("the survey question", question, LONGEST_QUESTION, true);
        Problem.require(responses >= 0 && responses <= 100_000, "responses must be between 0 and 100000 (got "
                + responses + ")");
        Problem.require(percentAgreeing != null, "percentAgreeing is required");
        Problem.require(percentAgreeing.signum() >= 0 && percentAgreeing.compareTo(BigDecimal.valueOf(100)) <= 0,
                "percentAgreeing must be between 0 and 100 (got " + percentAgreeing + ")");
        Problem.require(percentAgreeing.scale() <= 2, "percentAgreeing has at most two decimals (got "
                + percentAgreeing + ")");
    }
}
