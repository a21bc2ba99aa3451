package org.yjinspect.rating.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Formats percentages for explanations: up to one decimal place, no trailing zeros. */
public final class Percentages {
    private Percentages() {
    }

    public static String format(double percent) {
        BigDecimal value = BigDecimal.valueOf(percent).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
        return value.toPlainString() + "%";
    }
}
