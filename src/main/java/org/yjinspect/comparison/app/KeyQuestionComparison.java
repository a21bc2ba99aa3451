package org.yjinspect.comparison.app;

import java.util.Optional;
import org.yjinspect.comparison.domain.Correspondence;
import org.yjinspect.comparison.domain.PercentSpread;
import org.yjinspect.comparison.domain.QuartileMethod;

/**
 * A key question's % 'Yes' across the library's inspections of its version, and across the other
 * version's only where the mapping says the key questions correspond; never pooled.
 */
public record KeyQuestionComparison(String keyQuestionId, String name, String shortName, String text, PercentSpread spread,
                                    Correspondence mapping, Optional<PercentSpread> counterpart) {
    public String quartileMethod() {
        return QuartileMethod.NAME;
    }
}
