package org.yjinspect.support;

import org.yjinspect.Application;
import org.yjinspect.assessment.domain.AssessedCase;
import org.yjinspect.records.domain.Actor;
import org.yjinspect.framework.domain.CaseType;
import org.yjinspect.organisation.app.OrganisationView;
import org.yjinspect.organisation.app.ProposeRatingCommand;
import org.yjinspect.organisation.app.RecordRef;
import org.yjinspect.panel.app.DecideCommand;
import org.yjinspect.panel.app.PanelView;

/** Takes a sampled inspection through fieldwork and the ratings panel, ready to publish. */
public final class Publishing {
    private Publishing() {
    }

    /** Every case completed and accepted, every qualitative standard proposed Good, every rating confirmed. */
    public static void readyToPublish(Application app, SampledInspection s, Actor actor) {
        for (AssessedCase c : s.cases()) {
            if (c.caseType() != CaseType.RESETTLEMENT) {
                Answering.complete(app, s.id(), c, "yes", actor);
            }
        }
        for (OrganisationView.QualitativeStandard standard : app.organisation().show(s.id()).standards()) {
            app.organisation().propose(new ProposeRatingCommand(new RecordRef(s.id(), standard.proposedRating().revision(), actor),
                    standard.number(), "Good", "evidence from meetings and the staff survey"));
        }
        for (PanelView.StandardLine line : app.panel().show(s.id()).standards()) {
            if (line.computedRating() != null) {
                app.panel().decide(new DecideCommand(s.id(), line.number(), line.computedRating().label(), "confirmed",
                        line.decision().revision(), actor));
            }
        }
    }
}
