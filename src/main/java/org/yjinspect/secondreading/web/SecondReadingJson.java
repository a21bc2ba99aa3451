package org.yjinspect.secondreading.web;

import java.util.List;
import org.yjinspect.agreement.domain.AgreementBreakdown;
import org.yjinspect.secondreading.app.ChosenCase;
import org.yjinspect.secondreading.app.DrawRecord;
import org.yjinspect.secondreading.app.RatingEffect;
import org.yjinspect.secondreading.app.SecondReadingOverview;

/** The answers the API gives where the app's views hold Optionals (which JSON writes as a value or null). */
final class SecondReadingJson {
    private SecondReadingJson() {
    }

    /** GET .../second-reading and POST .../draw: the draw (null when none) and the chosen cases. */
    record Overview(long inspectionId, DrawRecord draw, List<ChosenCase> cases) {
        static Overview of(SecondReadingOverview o) {
            return new Overview(o.inspectionId(), o.draw().orElse(null), o.cases());
        }
    }

    /** GET .../agreement: how many cases have both readings submitted, and the agreement on their answers. */
    record Agreement(long inspectionId, int cases, AgreementBreakdown breakdown) {
    }

    /** GET .../effect. */
    record Effect(long inspectionId, int casesSecondRead, List<StandardEffect> standards) {
        static Effect of(RatingEffect e) {
            return new Effect(e.inspectionId(), e.casesSecondRead(), e.standards().stream().map(s -> new StandardEffect(
                    s.standardNumber(), s.standardName(), basis(s.live()), basis(s.firstReadings()),
                    basis(s.secondReadings()), basis(s.agreed()), s.sentences())).toList());
        }
    }

    record StandardEffect(String standardNumber, String standardName, Basis live, Basis firstReadings,
                          Basis secondReadings, Basis agreed, List<String> sentences) {
    }

    /** A rating on one basis: its label ("not rated" when none), the driving key question and its figure. */
    record Basis(String rating, String drivingKeyQuestionId, String drivingKeyQuestion, int yes, int relevant,
                 double percent) {
    }

    private static Basis basis(RatingEffect.Basis b) {
        return new Basis(b.rating().map(r -> r.label()).orElse("not rated"), b.drivingKeyQuestionId(),
                b.drivingKeyQuestion(), b.yes(), b.relevant(), b.percent());
    }

    /** A refusal by a named rule: the reason as every error gives it, and the rule. */
    record Refusal(String error, String rule, boolean refused) {
    }
}
