package org.yjinspect.inspection.domain;

import java.time.LocalDate;
import java.util.Objects;
import org.yjinspect.framework.domain.FrameworkVersion;
import org.yjinspect.platform.input.TextRule;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.inspection.domain.EligibilityWindows;

/**
 * What an inspection is set up with: the service, the kind, the framework version (fixed for
 * the inspection's whole life), the announcement and fieldwork dates and the eligibility
 * window for each case type.
 */
public record InspectionDetails(String serviceName, InspectionKind kind, FrameworkVersion frameworkVersion,
                                LocalDate announcementDate, LocalDate fieldworkStart, LocalDate fieldworkEnd,
                                EligibilityWindows windows) {
    private static final int LONGEST_NAME = 120;

    public InspectionDetails {
        serviceName = TextRule.NAME.checked("the service name", serviceName, LONGEST_NAME, true);
        Problem.require(kind != null, "the kind (inspection or self-assessment) is required");
        Problem.require(frameworkVersion != null, "the framework version (2018 or 2021) is required");
        Problem.require(announcementDate != null, "the announcement date is required");
        Problem.require(fieldworkStart != null && fieldworkEnd != null, "the fieldwork start and end dates are required");
        Problem.require(!fieldworkStart.isBefore(announcementDate), "fieldwork starts (" + fieldworkStart
                + ") before the announcement (" + announcementDate + ")");
        Problem.require(!fieldworkEnd.isBefore(fieldworkStart), "fieldwork ends (" + fieldworkEnd
                + ") before it starts (" + fieldworkStart + ")");
        windows = Objects.requireNonNullElse(windows, EligibilityWindows.DEFAULTS);
    }
}
