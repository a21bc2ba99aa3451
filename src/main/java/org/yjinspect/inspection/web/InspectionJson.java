package org.yjinspect.inspection.web;

import java.time.Instant;
import java.time.LocalDate;
import org.yjinspect.inspection.domain.Inspection;
import org.yjinspect.inspection.domain.InspectionDetails;
import org.yjinspect.inspection.domain.EligibilityWindow;

/** An inspection as the API shows it. */
public record InspectionJson(long id, String serviceName, String kind, String frameworkVersion,
                             LocalDate announcementDate, LocalDate fieldworkStart, LocalDate fieldworkEnd,
                             Windows eligibilityWindows, int revision, int caseloadRevision, Instant createdAt) {
    /** Each case type's window, as months and as dates. */
    public record Windows(Window court, Window outOfCourt, Window resettlement) {
    }

    /** One window: months before the announcement and the dates they give. */
    public record Window(String months, LocalDate from, LocalDate to) {
        static Window of(EligibilityWindow w, LocalDate announced) {
            return new Window(w.toString(), w.earliest(announced), w.latest(announced));
        }
    }

    public static InspectionJson of(Inspection inspection) {
        InspectionDetails d = inspection.details();
        LocalDate a = d.announcementDate();
        return new InspectionJson(inspection.id(), d.serviceName(), d.kind().label(), d.frameworkVersion().label(),
                a, d.fieldworkStart(), d.fieldworkEnd(), new Windows(Window.of(d.windows().court(), a),
                Window.of(d.windows().outOfCourt(), a), Window.of(d.windows().resettlement(), a)),
                inspection.revision(), inspection.caseloadRevision(), inspection.createdAt());
    }
}
