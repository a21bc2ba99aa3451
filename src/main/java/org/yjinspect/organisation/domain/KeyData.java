package org.yjinspect.organisation.domain;

import java.math.BigDecimal;
import org.yjinspect.platform.problem.Problem;

/**
 * The service's key data as the report's organisational delivery section quotes it. Every
 * figure is optional (null until known) and refused when impossible.
 */
public record KeyData(BigDecimal budgetPounds, Integer staffHeadcount, BigDecimal vacancyRatePercent,
                      BigDecimal averageCaseload, BigDecimal sicknessDaysPerPerson) {
    public static final KeyData NONE = new KeyData(null, null, null, null, null);

    public KeyData {
        notNegative("budgetPounds", budgetPounds);
        Problem.require(staffHeadcount == null || staffHeadcount >= 0 && staffHeadcount <= 100_000,
                "staffHeadcount must be between 0 and 100000 (got " + staffHeadcount + ")");
        notNegative("vacancyRatePercent", vacancyRatePercent);
        Problem.require(vacancyRatePercent == null || vacancyRatePercent.compareTo(BigDecimal.valueOf(100)) <= 0,
                "vacancyRatePercent must be at most 100 (got " + vacancyRatePercent + ")");
        notNegative("averageCaseload", averageCaseload);
        notNegative("sicknessDaysPerPerson", sicknessDaysPerPerson);
        Problem.require(budgetPounds == null || budgetPounds.compareTo(new BigDecimal("999999999999")) <= 0,
                "budgetPounds is too large (got " + budgetPounds + ")");
        Problem.require(averageCaseload == null || averageCaseload.compareTo(BigDecimal.valueOf(10_000)) < 0,
                "averageCaseload is too large (got " + averageCaseload + ")");
        Problem.require(sicknessDaysPerPerson == null || sicknessDaysPerPerson.compareTo(BigDecimal.valueOf(366)) <= 0,
                "sicknessDaysPerPerson must be at most 366 (got " + sicknessDaysPerPerson + ")");
    }

    private static void notNegative(String field, BigDecimal value) {
        Problem.require(value == null || value.signum() >= 0, field + " must not be negative (got " + value + ")");
    }
}
