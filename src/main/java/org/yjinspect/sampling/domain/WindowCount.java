package org.yjinspect.sampling.domain;

import java.time.LocalDate;
import org.yjinspect.framework.domain.CaseType;

/**
 * One case type's eligibility window as dates, with how many cases of the caseload fall inside
 * it and how many the plan takes: what an inspector needs to see why a draw found nothing.
 */
public record WindowCount(CaseType caseType, String months, LocalDate from, LocalDate to, int eligible, int planned) {
}
