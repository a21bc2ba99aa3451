package org.yjinspect.comparison;

import org.yjinspect.Application;
import org.yjinspect.access.domain.Role;
import org.yjinspect.framework.domain.CaseType;
import org.yjinspect.records.domain.Actor;
import org.yjinspect.support.Answering;
import org.yjinspect.support.SampledInspection;
import org.yjinspect.support.TestUsers;

/**
 * A database with the library holding the five published inspections the project has figures of,
 * and a 2021 inspection whose court cases are all answered 'Yes' (so each court key question is
 * 100% of its relevant cases), led by "lead"; "outsider" is signed in but on no team.
 */
public record LibraryScene(SampledInspection inspection, int courtCases) {
    public static final Actor SET_UP = new Actor("test set-up");

    public static LibraryScene create(Application app) {
        app.library().keepNew(app.libraryReports().held(), SET_UP);
        SampledInspection inspection = SampledInspection.create(app, "2021", 41, 300, 6, 0);
        TestUsers.join(app, inspection.id(), "lead", Role.LEAD_INSPECTOR);
        TestUsers.account(app, "outsider");
        int court = 0;
        for (var c : inspection.ofType(CaseType.COURT_DISPOSAL)) {
            Answering.answerAll(app, inspection.id(), c, "yes", SET_UP);
            court++;
        }
        return new LibraryScene(inspection, court);
    }

    public long id() {
        return inspection.id();
    }
}
