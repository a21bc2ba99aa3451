package org.yjinspect.inspection.app;

import java.time.LocalDate;
import java.util.Objects;
import org.yjinspect.framework.domain.FrameworkVersion;
import org.yjinspect.inspection.domain.InspectionDetails;
import org.yjinspect.inspection.domain.InspectionKind;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.inspection.domain.EligibilityWindow;
import org.yjinspect.inspection.domain.EligibilityWindows;
import org.yjinspect.records.domain.Actor;

/**
 * A request to set up an inspection, as the command line and the API receive it: kind and
 * framework version as words, windows as "nearest-furthest" months (blank for the default),
 * who is setting it up, for the audit trail, and the account that becomes its lead inspector
 * ({@code lead}: the one signed in, or named with --as; null only for an inspection set up
 * straight in the database, whose team an administrator then appoints). Checks itself on
 * construction.
 */
public record CreateInspectionCommand(String serviceName, String kind, String frameworkVersion,
                                      LocalDate announcementDate, LocalDate fieldworkStart, LocalDate fieldworkEnd,
                                      String courtWindow, String outOfCourtWindow, String resettlementWindow,
                                      Actor actor, String lead) {
    public CreateInspectionCommand {
        Objects.requireNonNull(actor, "actor");
        details(serviceName, kind, frameworkVersion, announcementDate, fieldworkStart, fieldworkEnd,
                courtWindow, outOfCourtWindow, resettlementWindow);
    }

    public InspectionDetails details() {
        return details(serviceName, kind, frameworkVersion, announcementDate, fieldworkStart, fieldworkEnd,
                courtWindow, outOfCourtWindow, resettlementWindow);
    }

    private static InspectionDetails details(String serviceName, String kind, String version, LocalDate announced,
                                             LocalDate start, LocalDate end, String court, String outOfCourt,
                                             String resettlement) {
        InspectionKind k = InspectionKind.fromLabel(kind == null ? "inspection" : kind).orElseThrow(() ->
                Problem.invalid("kind must be inspection or self-assessment (got \"" + shown(kind) + "\")"));
        FrameworkVersion v = FrameworkVersion.fromLabel(version == null ? "" : version.strip()).orElseThrow(() ->
                Problem.invalid("framework version must be 2018 or 2021 (got \"" + shown(version) + "\")"));
        EligibilityWindows d = EligibilityWindows.DEFAULTS;
        EligibilityWindows windows = new EligibilityWindows(window(court, d.court()), window(outOfCourt, d.outOfCourt()),
                window(resettlement, d.resettlement()));
        return new InspectionDetails(serviceName, k, v, announced, start, end, windows);
    }

    private static EligibilityWindow window(String text, EligibilityWindow fallback) {
        return text == null || text.isBlank() ? fallback : EligibilityWindow.parse(text);
    }

    private static String shown(String text) {
        return org.yjinspect.platform.problem.SafeText.shown(text);
    }
}
